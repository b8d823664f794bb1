import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: a place told apart from its namesake is no person set aside (target.corrected_to_other)", () => {
  it("benign: a corrected store, 'Leeds Trinity (not Leeds White Rose)', beside the leaver's own address", async () => {
    const text = "Please ignore the request I sent this morning, it had the wrong store on it. Corrected details:\nMaya Ford, maya.f@example.com, E-40211, cashier, Leeds Trinity (not Leeds White Rose), last day 4 Dec 2026.";
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
  it("still flags a correction that sets the leaver aside for someone else", async () => {
    const text = "Correction to my earlier request: the leaver is Maya Ford (maya.f@example.com), not Maya Fenwick in Leeds. Please process Maya Ford.";
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
});
