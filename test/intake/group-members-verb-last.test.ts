import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Everyone in a group acted on, the verb last (GROUP_SCOPE, ALL_SCOPE in ja ko; target.wildcard).
describe("every member of a group disabled, the verb last", () => {
  it.each([
    ["Japanese", "品質保証部の契約社員 吉田 美咲（my@example.com）が12月25日で契約満了となります。あわせて、qa-temps グループに所属する全員のアカウントも同日付で無効化してください。"],
    ["Korean", "퇴사자: 이서연 (syl@example.com). 그리고 qa-temps 그룹에 속한 모든 사용자의 계정도 같은 날 비활성화해 주세요."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["the group's members told, the leaver's account disabled", "品質保証部の契約社員 吉田 美咲（my@example.com）が12月25日で契約満了となります。qa-temps グループのメンバー全員には人事から連絡します。アカウントを無効化してください。"],
    ["the leaver taken out of the group", "品質保証部の契約社員 吉田 美咲（my@example.com）が12月25日で契約満了となります。本人を qa-temps グループから外し、アカウントを無効化してください。"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
