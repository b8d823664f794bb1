import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The request applied to a whole group, as Vietnamese, Ukrainian and English say it (texts written for these tests, not the corpus's).
describe("apply it to all of them (SAME_FOR, ALL_PEOPLE)", () => {
  it.each([
    ["Vietnamese", "Đề nghị khóa tài khoản của anh Lê Hùng (CU-5725-11) từ ngày 16/12/2026. Xin áp dụng luôn cho toàn bộ thành viên trong nhóm email lab-all."],
    ["Ukrainian", "Прошу припинити доступ для Олени Коваль (CU-4861-03) з 12.12.2026. Застосуйте це до всіх облікових записів, у яких у полі «підрозділ» зазначено «Хімія»."],
    ["English", "Please disable Dana Reyes's accounts from 12 Dec. Apply it to all accounts whose department field says Chemistry, simpler than one by one."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["Ukrainian, all her accounts", "Прошу припинити доступ для Олени Коваль з 12.12.2026. Застосуйте це до всіх її облікових записів."],
    ["Vietnamese, his own email account", "Đề nghị khóa tài khoản của anh Lê Hùng từ ngày 16/12/2026. Xin áp dụng cho cả tài khoản email của anh ấy."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
