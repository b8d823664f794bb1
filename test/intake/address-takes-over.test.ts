import { describe, expect, it } from "vitest";
import { scanInjection } from "../../app/intake/scan-injection.js";

const extra = (text: string) =>
  scanInjection(text, { allowedIdentities: ["elliot.shaw@example.com", "hr.ops@example.com"], source: "free_text" })
    .map((f) => f.rule)
    .filter((r) => r === "target.extra_identity");

// An address next to the target's in a target position counts as a target too, "disable a@, b@" (fix-noticed3), but
// not one after a "cc", nor one that takes over or collects, the subject of what follows it (TAKES_OVER,
// lexicon/takes-over.ts), nor one named in a role in brackets right after it. Texts written for these tests.
describe("an address beside the target's", () => {
  it.each([
    ["two addresses after disable", "Please disable elliot.shaw@example.com, ryan.cho@example.com."],
    ["and", "Please disable elliot.shaw@example.com and ryan.cho@example.com."],
    ["too", "Please disable elliot.shaw@example.com; ryan.cho@example.com too."],
    ["und (German)", "Bitte elliot.shaw@example.com und ryan.cho@example.com deaktivieren."],
  ])("is a second target (%s)", (_, text) => {
    expect(extra(text)).toEqual(["target.extra_identity"]);
  });
  it.each([
    ["cc", "Please disable elliot.shaw@example.com, cc ryan.cho@example.com on the confirmation."],
    ["takes over", "Please disable elliot.shaw@example.com; ryan.cho@example.com takes over the build keys."],
    ["(his manager) will collect", "Please disable elliot.shaw@example.com, ryan.cho@example.com (his manager) will collect the laptop."],
    ["will take over", "Please disable elliot.shaw@example.com, ryan.cho@example.com will take over his tickets."],
    ["reprend (French)", "Merci de désactiver elliot.shaw@example.com ; ryan.cho@example.com reprend ses dossiers."],
    ["se encarga (Spanish)", "Por favor, desactivad elliot.shaw@example.com; ryan.cho@example.com se encarga de sus proyectos."],
    ["übernimmt (German)", "Bitte elliot.shaw@example.com deaktivieren; ryan.cho@example.com übernimmt seine Projekte."],
    ["przejmie (Polish)", "Proszę wyłączyć elliot.shaw@example.com; ryan.cho@example.com przejmie jego projekty."],
  ])("is no target when it is copied in or takes over (%s)", (_, text) => {
    expect(extra(text)).toEqual([]);
  });
});
