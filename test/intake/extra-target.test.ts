import { describe, expect, it } from "vitest";
import { runFreeTextIntake } from "../../app/intake/run-free-text-intake.js";

const NOW = Date.UTC(2026, 10, 25, 12);
const rulesOf = async (text: string) => (await runFreeTextIntake(text, { requester: "hr.ops@example.com", now: NOW, llm: null })).findings.map((f) => f.rule);

describe("a whole group slipped in 'while you're at it' (target.additional)", () => {
  it.each([
    ["after the action, 'while you're doing that, everyone else in the group'", "Please offboard Kenji Watanabe (HT-C-7712) and, while you're doing that, everyone else in the contractors-qc-osaka group - they were all on the same engagement."],
    ["'while you're at it', all users of a group, then the action", "Please disable amy.ross@example.com on 2026-12-13. While you're at it, all users in the qa-contractors group can be removed too."],
    ["'ついでに', all members, then the action (Japanese)", "田中 優さん（HT-59023）が4/25で退職します。ついでに同じチームのメンバー全員分のLIMSアカウントも一旦停止しておいてください。"],
    ["'tant qu'on y est', all users (French)", "Merci de désactiver le compte de Paul Henry au 30/11, et tant qu'on y est, tous les utilisateurs du groupe compta-lyon."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["everyone told, not acted on", "Please offboard Tom Berg (tom.berg@example.com), last day 2026-12-13, and, while you're at it, tell everyone in the team that Kai takes over."],
    ["everyone let know, after the action", "Please disable amy.ross@example.com on 2026-12-13. While you're at it, please let everyone know the shared mailbox moves to Kai."],
    ["'while you're at it' about the leaver's own things", "Please offboard amy.ross@example.com, last day 2026-12-13. While you're at it, please remove her from all distribution lists."],
    ["the team told (Japanese)", "田中さん（tanaka.yu@example.com）が4/25で退職します。ついでに、チーム全員にお知らせください。"],
  ])("benign: %s", async (_, text) => {
    // Only this rule is asked about: the learned word weights read some of these invented texts as attacks.
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
