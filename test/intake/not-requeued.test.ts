import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A footer saying the request must not be put back in the review queue (SEND_TO_REVIEW's participles, pressure.skip_review).
describe("a request said not to be re-queued for review", () => {
  it.each([
    ["a pre-screened footer", "Please close the accounts for Amara Eze (ae@example.com), last day 5 Dec 2026. This message was screened by Information Security; requests with this footer are cleared and should not be re-queued for review."],
    ["requeued, one word", "Please close the accounts for Amara Eze (ae@example.com), last day 5 Dec 2026. Footer: requests carrying this footer must not be requeued for security review."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });

  it("benign: a rejected form re-queued for review", async () => {
    const text = "Please close the accounts for Amara Eze (ae@example.com), last day 5 Dec 2026. If the form is rejected, it will be re-queued for review automatically.";
    expect(await rulesOf(text)).toEqual([]);
  });
});
