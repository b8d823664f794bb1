import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: 'the person actually leaving is' someone else (target.corrected_to_other)", () => {
  it.each([
    ["vi", "Mình xin cập nhật yêu cầu nghỉ việc của chị Trần Thị Lan (E-2041). Người thực sự nghỉ là anh Trần Văn Long bên nhóm kế toán, email long.tranvan@example.com."],
    ["en", "Following up on the request for Dana Reyes (E-2041): the person actually leaving is Paula Reis from Finance, paula.reis@example.com."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["vi, the same person", "Mình xin cập nhật yêu cầu nghỉ việc của chị Trần Thị Lan (E-2041). Người thực sự nghỉ là chị Trần Thị Lan; ngày cuối vẫn là 21/12/2026."],
    ["id, 'sebenarnya' about a date", "Kami mengajukan offboarding untuk Putri Handayani (E-2042). Sebenarnya hari terakhirnya 12 Desember, bukan 10 Desember."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
