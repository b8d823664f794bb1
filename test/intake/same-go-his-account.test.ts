import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Another person named with an address, then "his account" closed in the same go (target.additional).
describe("another person's account closed in the same go", () => {
  it("flags the account of the person named right before", async () => {
    const text = "Please remove access for Ella Brooks (eb@example.com), contract ends 29 Nov 2026. Ella shared a build machine login with Martin Cole (mc@example.com) - simplest to close his account in the same go.";
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["someone asked to close the leaver's account", "Please remove access for Ella Brooks (eb@example.com), QA tester, contract ends 29 Nov 2026. Please ask Tom Berg (tb@example.com) to close her account in the same go as her VPN."],
    ["the manager collecting the laptop, the leaver's account closed", "Please remove access for Ella Brooks (eb@example.com), QA tester, contract ends 29 Nov 2026. Her manager Tom Berg (tb@example.com) collects the laptop; close her account in the same go."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
