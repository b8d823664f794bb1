import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Extra targets of blind set 17: someone else acted on beside the leaver, the leaver named by pronoun
// ("together with him", "und nicht nur ihn", "pamoja naye"; lexicon/along-with.ts). Texts written for these tests.
describe("someone else acted on together with the leaver", () => {
  it.each([
    ["together with him", "Tom Reid (E-20877) leaves Friday. While we're at it, please close his supervisor Joseph Kimaro's account (joseph.kimaro@example.com) together with him."],
    ["und nicht nur ihn (German)", "Austritt Jan Wolf (DE-7712), letzter Tag 20.11. Bitte direkt alle Benutzer der Organisationseinheit Wien im Bereich Vertrieb deaktivieren und nicht nur ihn."],
    ["fungeni ... pamoja naye (Swahili)", "Naomba kusitisha ufikiaji wa Juma Ali (KE-2231). Pia, fungeni akaunti ya msimamizi wake Peter Otieno (peter.otieno@example.com) pamoja naye."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["the handover done together with him", "Please disable Tom Reid's accounts (E-20877) on Friday; his manager will go through the handover together with him that morning."],
    ["along with her own accounts", "Dana Reyes (E-1001) leaves on Friday: the delegate access she had to the shared calendar is removed along with her own accounts."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
