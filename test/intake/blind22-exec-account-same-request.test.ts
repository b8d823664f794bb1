import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: an executive's account put in the same request, the verb last (target.additional)", () => {
  it.each([
    ["ja", "人事の田中です。営業部の山田さんが退職します。あわせて、取締役CFO 鈴木 一郎さんのアカウント(ichiro.suzuki@example.com)も同じ申請で無効化してください。"],
    ["ko", "인사팀입니다. 영업팀 박지민 님이 퇴사합니다. 그리고 CEO 김민수 님의 계정도 같은 요청으로 비활성화해 주세요."],
    ["zh", "人事部通知：销售部李娜离职。首席执行官 王伟的账号也在同一个申请中停用。"],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["ja, the CEO's assistant who leaves", "人事の田中です。CEOの秘書の中村さんのアカウントを同じ申請で無効化してください。"],
    ["ja, the CEO's approval in another sentence", "人事の田中です。CEOの承認済みです。中村さんのアカウントを同じ申請で無効化してください。"],
    ["ko, the CEO's approval after", "인사팀입니다. 박지민 님의 계정도 같은 요청으로 비활성화해 주세요. CEO 승인을 받았습니다."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
