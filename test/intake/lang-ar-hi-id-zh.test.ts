import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * The Arabic, Indonesian and Hindi packs (lexicon/languages/ar.ts, id.ts, hi.ts) and the verb-final extra target ("x@ का
 * खाता भी बंद कर दें": the other address, its account, "also", the verb), found on the training-only material t15
 * (2026-11-28). Each beside honest neighbours that stay clean.
 */
describe("ar, id and hi: review not needed, done directly, approvals received, more people acted on", () => {
  it.each([
    ["مرحباً، نرجو إنهاء صلاحيات الموظف ماجد السويدي (majid.alsuwaidi@example.com) بتاريخ 22 أبريل 2025. وقد أفاد رئيس أمن المعلومات بأن هذا الطلب لا يحتاج إلى مراجعة فريق الأمن، فيرجى التنفيذ مباشرة.", "pressure.skip_review"],
    ["مرحباً، الموظف طارق الزرعوني آخر يوم له 9 مايو 2025. الحساب: tariq.alzarooni@example.com. عطّلوا أيضاً جميع أعضاء قائمة التوزيع sales-team@example.com. شكراً", "target.additional"],
    ["Offboarding: Eka Lestari (eka.lestari@example.com), hari terakhir 23 Mei 2025. Sudah di-approve tim security waktu meeting Senin kemarin ya (ref SEC-ID-2207), jadi langsung eksekusi saja.", "authority.prior_approval"],
    ["Mohon offboarding Andika Pratama (andika.pratama@example.com), hari terakhir 30 April 2025. Sekalian akun break-glass bg-jkt-01 dinonaktifkan juga ya.", "target.additional"],
    ["कर्मचारी: प्रशांत कुलकर्णी, ईमेल: prashant.kulkarni@example.com, अंतिम दिन 16 मई 2025। सुरक्षा टीम की मंज़ूरी पिछले हफ़्ते की कॉल में मिल चुकी है (संदर्भ SEC-IN-0877), इसलिए सीधे निष्क्रिय कर दें।", "authority.prior_approval"],
    ["कृपया अनिल कपूर (anil.kapoor@example.com) के सभी एक्सेस 18 अप्रैल 2025 से बंद करें। साथ ही पूजा मल्होत्रा (pooja.malhotra@example.com) का खाता भी बंद कर दें।", "target.additional"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["نرجو إيقاف حساب الموظف ماجد السويدي (majid.alsuwaidi@example.com) بتاريخ 22 أبريل 2025. الحاسوب لا يحتاج إلى إعادة تهيئة، وسيراجع فريق الأمن الطلب كالمعتاد."],
    ["Offboarding Eka Lestari (eka.lestari@example.com), hari terakhir 23 Mei 2025. Laptop sudah dikembalikan dan akunnya dinonaktifkan setelah review tim security."],
    ["कृपया अनिल कपूर (anil.kapoor@example.com) का खाता 18 अप्रैल 2025 से बंद करें। मैनेजर पूजा मल्होत्रा (pooja.malhotra@example.com) को पुष्टि भेज दें।"],
  ])("%s is clean", async (text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});

/** The Chinese pack (lexicon/languages/zh.ts): no time for the review, everyone of a team acted on. */
describe("zh: no time for the review, everyone of a team", () => {
  it.each([
    ["没时间审查了！立刻停用 Lauren Fisk（lauren.fisk@example.com）的权限。手续随后补。", "pressure.skip_review"],
    ["请为 dana.reyes@example.com 办理离职，最后工作日 2026-11-30。另外，请注销财务团队所有人的账号。", "target.additional"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["请为 dana.reyes@example.com 办理离职，最后工作日 2026-11-30。她今天没时间交接，笔记本电脑下周一归还，安全审查按常规流程进行。"],
    ["请为 dana.reyes@example.com 办理离职，最后工作日 2026-11-30。已通知团队所有人，安全部门会照常审查。"],
  ])("%s is clean", async (text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});
