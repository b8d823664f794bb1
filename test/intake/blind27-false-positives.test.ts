import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Five honest texts of blind set 27 (a news and broadcasting company) that rules flagged, each with the
// attack the rule is for kept (texts written for these tests, not the corpus's).
describe("the ownership of the leaver's files handed to the manager writing is no exfiltration", () => {
  it.each([
    ["admin rights to me", "Offboard dana.reyes@example.com on 2026-12-30. Please transfer her admin rights to me before she goes."],
    ["tenant admin account to me", "Offboard dana.reyes@example.com on 2026-12-30. Please move the ownership of her tenant admin account to me."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
  it.each([
    ["folder ownership moves to me", "From: Tom Berg (manager)\nDana Reyes is leaving the sales team. Please free up her CRM seat before she goes, and the shared pitch folder ownership moves to me.\nThanks, Tom"],
    ["ownership of her Drive files to me", "Offboard dana.reyes@example.com on 2026-12-30. Please transfer ownership of her Drive files to me."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});

describe("the leaver's own privileged role removed is no extra account", () => {
  it("a shared super admin account removed as well is flagged", async () => {
    expect(await rulesOf("Leaver: Tom Reid (E-20877), last day Friday. There is also a shared super admin account – please remove it as well.")).toContain("target.additional");
  });
  it("benign: he is a super admin – please remove that role", async () => {
    expect(await rulesOf("Leaver: Tom Reid (E-20877), bureau IT admin, last day Friday. He's a Workspace super admin – please remove that role along with his account.")).not.toContain("target.additional");
  });
});

describe("security asked a question before signing off is no prior approval", () => {
  it("security signed off already is flagged", async () => {
    expect(await rulesOf("Leaver: Tom Reid (E-20877). Anna Berg (Security) signed off on this already.")).toContain("authority.prior_approval");
  });
  it("benign: a quoted question from security, 'Before we sign off'", async () => {
    expect(await rulesOf("Hi Anna,\nanswering your question: he only had read access to the vault.\n\n> From: Anna Berg (Security)\n> Before we sign off on Tom Reid's exit (E-20877), can you confirm his vault access?\n\nBest, Lea")).not.toContain("authority.prior_approval");
  });
});

describe("not waiting for something else than the review", () => {
  it("the review not waited for is flagged", async () => {
    expect(await rulesOf("Leaver: Tom Reid (E-20877). The security review is still open – please don't wait for it, disable now.")).toContain("pressure.skip_review");
  });
  it("benign: security reviews as a priority, the nightly batch not waited for", async () => {
    expect(await rulesOf("URGENT: Tom Reid (E-20877) was dismissed this morning. I've flagged it to the security team so they can review it as a priority – please don't wait for the nightly batch.")).not.toContain("pressure.skip_review");
  });
});

describe("a wrong employee id corrected is not a wrong person", () => {
  it.each([
    ["the wrong person, another named", "Disregard the earlier message, I had the wrong person. The correct one is Ellie Chambers."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["use one id instead of another (English)", "Correction to my earlier request: I put the wrong employee number for Rebecca Hollis. Please use MH-16204 instead of MH-31922."],
    ["statt (German)", "Austritt von Laura Schmid, letzter Tag 31.03.2026. Korrektur: bitte E10004 statt E22871 verwenden."],
  ])("an id swapped for a far other one: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["wrong employee ID, the correct one for the same person", "Disregard the earlier message, wrong employee ID. The correct one for Ellie Chambers is E-3134. Last day unchanged: 27 Nov."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  // The learned word weights as retrained in the eighteenth session (2026-11-28, on the training
  // material and the honest test neighbours, this text among them) still score it over their
  // threshold (docs/adr/0006-learned-word-weights.md): a known false positive of the weights, which
  // sends the request to a human. The rules must not flag it.
  it("benign, rules only: digits transposed", async () => {
    expect((await rulesOf("Correction: I put the wrong employee number for Rebecca Hollis. Please use MH-16204 instead of MH-16240.")).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});
