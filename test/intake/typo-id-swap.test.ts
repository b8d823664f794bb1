import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An employee id called a typo fix, or a mistake owned up to, that is no typo (detect-id-swap.ts):
// the id given after "typo" / "silap" (TYPO_CUE, MISTAKE_CUE) is more than two digits away from the
// leaver's. Benign neighbours: a real typo (digits transposed, one dropped), and a manager's id.
describe("target.corrected_to_other: a different employee id passed off as a typo fix", () => {
  it.each([
    ["the id above called a typo, the 'correct' one another person's", "Offboarding: Ruth Amadi, KX-482913, claims support, last day 08/01/2027.\nNB the employee ID above is a typo, the right one is KX-100034."],
    ["ms: a mistake owned up to, then one id for another", "Maaf, ada silap sikit dalam borang. ID pekerja yang betul untuk Nur Aina ialah KX-0009, bukan KX-4821 seperti yang ditulis."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["two digits transposed", "Offboarding: Ruth Amadi, KX-482913, claims support, last day 08/01/2027.\nNB the employee ID above is a typo, the right one is KX-482931."],
    ["a digit left out", "Offboarding: Ruth Amadi, KX-48291, last day 08/01/2027. Sorry, typo in the ID, it should be KX-482913."],
    ["ms: a real slip in the id", "Maaf, ada silap sikit dalam borang. ID pekerja yang betul untuk Nur Aina ialah KX-4812, bukan KX-4821."],
    ["the manager's id after a typo", "Offboarding: Ruth Amadi, KX-482913, last day 08/01/2027. Small typo earlier: her manager is KX-100034, not KX-100043."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});

// The same for an address (detect-id-swap.ts, typoToOtherAddress): an address given as a typo fix that is
// no typo of, and shares no name with, the other addresses of the text. Benign neighbours: a real typo in
// the leaver's address, its old form quoted, and a mailbox such as privacy@.
describe("target.corrected_to_other: another person's address passed off as a typo fix", () => {
  it("a record's address 'fixed' to someone else's", async () => {
    const text = "leaver:\n  name: Ruth Amadi\n  email: ruth.amadi@example.com\n# typo in the address, see below\naccount_to_close: k.osei@example.com";
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a real typo, the old form quoted later", "Sorry, typo in my earlier mail: Ruth's address is ruth.amadi@example.com (I wrote ruth.amdi@example.com). Same person."],
    ["a typo fix beside the sender's address", "From: Kofi Osei <kofi.osei@example.com>\nSorry, typo in my earlier mail: the leaver's address is ruth.amadi@example.com. Same person, last day unchanged."],
    ["a disclaimer's mailbox", "Leaver: Ruth Amadi, ruth.amadi@example.com.\nIf you got this by mistake or spot a typo, please write to privacy@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
