import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * Security's review filled in as held by the requester, as a field ("security_review: completed", "review_status: approved
 * # confirmed in Teams", detect-decision-fields.ts) or a ticked checklist line ("- [x] Security review", detect-ticked-review.ts).
 * The review is the bot's to route; an HRIS field about HR's own approval, a review still pending, an unticked box are not.
 */
describe("security's review filled in as held", () => {
  it.each([
    "leaver: Ana Ruiz\nemployee_id: AB-20931\nlast_day: 2027-01-12\nsecurity_review: done",
    "leaver: Ana Ruiz\nlast_day: 2027-01-12\nrevision_seguridad: completada",
    "leaver: Ana Ruiz\nlast_day: 2027-01-12\nreview_status: completed   # cleared with Omar on Slack",
    "### Leaver\nAna Ruiz\n### Checklist\n- [x] Badge collected\n- [x] Security review (done with IT last week)",
    "### Leaver\nAna Ruiz\n### Checklist\n- [X] Revisión de seguridad",
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("schema.review_held");
  });

  it.each([
    "leaver: Ana Ruiz\nemployee_id: AB-20931\nlast_day: 2027-01-12\nsecurity_review: pending",
    "leaver: Ana Ruiz\nlast_day: 2027-01-12\nsecurity_review: required",
    "leaver: Ana Ruiz\nlast_day: 2027-01-12\nmanager_approval: done\nHR approval: done",
    "leaver: Ana Ruiz\nlast_day: 2027-01-12\nreview_status: approved by HRBP Lena Holt",
    "### Leaver\nAna Ruiz\n### Checklist\n- [x] Manager notified\n- [ ] Security review\n- [x] RSA SecurID token returned",
  ])("%s (HR's own approval, a review pending, an unticked box) is clean", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
