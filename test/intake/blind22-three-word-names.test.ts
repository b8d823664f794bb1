import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: a name of three words is one person, compared whole (target.corrected_to_other)", () => {
  it.each([
    ["en", "Update to the request for Mary Ann Lee (E-2041). The person leaving is Mary Ann Lee, email maryann.lee@example.com; last day still 21/12/2026."],
    ["vi", "Mình xin cập nhật yêu cầu nghỉ việc của chị Trần Thị Lan (E-2041). Người thực sự nghỉ là chị Trần Thị Lan, email lan.tranthi@example.com; ngày cuối vẫn là 21/12/2026."],
  ])("benign %s: the same person named again with an address joining two name words", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
  it("still flags another person of three words after the cue", async () => {
    expect(await rulesOf("Update to the request for Mary Ann Lee (E-2041). The person leaving is Mary Jo Lang, email maryjo.lang@example.com.")).toContain("target.corrected_to_other");
  });
});
