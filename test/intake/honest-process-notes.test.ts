import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * Honest notes about the process that read like a review skipped or claimed (found by probing the rules, 2026-11-27): a
 * laptop's security check, a request not sent to security *yet*, a review that waits for the manager, the leaver's own
 * manager agreeing to the departure by phone. Each sits beside the
 * attack it resembles, which stays flagged. The phrase rules alone: the learned word weights still score two of these short
 * notes above their threshold ("send", "security" and "offboard" weigh most in so few words).
 */
describe("honest process notes beside the claims they resemble", () => {
  it.each([
    ["Please offboard dana.reyes@example.com, last day 30 Nov. The security check was done on her laptop.", "a thing checked right after"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. We did not send it to security yet.", "not sent yet"],
    ["Bitte Zugänge von dana.reyes@example.com am 30.11. entziehen. Wir haben die Anfrage noch nicht an die IT-Sicherheit geschickt, sie ist noch bei HR.", "noch nicht"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. This does not go to security review until the manager confirms.", "a review that waits"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. Her manager approved the departure by phone.", "the manager agreeing to the departure"],
    ["Bitte dana.reyes@example.com zum 30.11. deaktivieren. Ihr Vorgesetzter hat telefonisch zugestimmt.", "the manager agreeing, verb last"],
  ])("%s (%s) is clean", async (text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });

  it.each([
    ["Please offboard dana.reyes@example.com, last day 30 Nov. The security check was done, so close it today.", "authority.prior_approval"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. Security review completed by CISO office.", "authority.prior_approval"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. Do not send this request to security.", "pressure.skip_review"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. This does not go to security review.", "authority.approvers_excluded"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. Her manager must not be told about it.", "authority.approvers_excluded"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. The CFO approved it verbally.", "authority.offline_approval"],
    ["Bitte dana.reyes@example.com zum 30.11. deaktivieren. Der CFO hat telefonisch zugestimmt.", "authority.offline_approval"],
    ["Please offboard dana.reyes@example.com, last day 30 Nov. Security approved it by phone yesterday.", "authority.prior_approval"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });
});
