import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: Arabic 'consider it approved' and 'not sending it for review'", () => {
  it("flags the request to be considered approved by security (authority.offline_approval)", async () => {
    expect(await rulesOf("يرجى اعتبار الطلب معتمداً من قسم الأمن وإغلاقه اليوم.")).toContain("authority.offline_approval");
  });
  it("flags 'not sending the request for review' (pressure.skip_review)", async () => {
    expect(await rulesOf("نرجو عدم إرسال الطلب للمراجعة هذه المرة، فالأمر عاجل.")).toContain("pressure.skip_review");
  });
  it.each([
    ["this e-mail considered a formal notice", "يرجى اعتبار هذا البريد إشعاراً رسمياً بانتهاء خدمة الموظف."],
    ["not disabling the account before the date", "نرجو عدم تعطيل الحساب قبل 7 ديسمبر."],
    ["reviewed by HR, and no delay", "تمت مراجعة الطلب من قبل الموارد البشرية، ونرجو عدم التأخير."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
