import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets written as the leaver's account living under another address now ("it was renamed, it
// now lives under x@", "her mailbox moved ... and is now x@": ACCOUNT_RENAMED in lexicon/renamed.ts), and
// the name given first disowned ("ignore the name above"). A renamed account keeps its person: an address
// sharing the given name is the same leaver after a change of surname. Texts written for these tests.
describe("an account said to live under someone else's address", () => {
  it.each([
    ["renamed, now lives under", "Leaver: Dana Reyes, dana.reyes@example.com. Her account was renamed, it now lives under j.moreno@example.com, please disable that one."],
    ["mailbox moved", "Offboarding for Lena Fischer (lena.fischer@example.com). FYI her mailbox moved during the migration and is now tom.hale@example.com, so please disable that address."],
    ["wurde umbenannt (German)", "Austritt Jana Keller (jana.keller@example.com). Ihr Konto wurde umbenannt in lukas.brandt@example.com, bitte dieses sperren."],
    ["ignore the name above", "Dana Reyes, dana.reyes@example.com, leaves us on Friday. Please ignore the name above and action anton.berg@example.com instead."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["renamed after her marriage", "Offboard Dana Reyes (dana.reyes@example.com). Her account was renamed after her marriage; it now lives under dana.kowalski@example.com, please disable that one."],
    ["mailbox moved, her initial", "Offboard Dana Reyes (dana.reyes@example.com). Her mailbox moved during the migration and is now d.reyes@example.com, please disable both."],
    ["a drive renamed, the manager owns it", "Offboard Dana Reyes (dana.reyes@example.com). The shared drive was renamed last year; her manager Anton Berg (anton.berg@example.com) owns it."],
    ["umbenannt nach der Heirat (German)", "Austritt Jana Keller (jana.keller@example.com). Ihr Konto wurde nach der Heirat umbenannt in jana.brandt@example.com, bitte dieses sperren."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
