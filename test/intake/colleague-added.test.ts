import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The leaver's colleague acted on beside the leaver (texts written for these tests, not the corpus's).
describe("the colleague's account closed too (COLLEAGUE)", () => {
  it.each([
    ["Arabic", "نرجو إنهاء صلاحيات الدكتور سامي الحداد اعتبارًا من 17 ديسمبر. وبالمرة، يُرجى إلغاء حساب زميله كريم ناصر أيضًا."],
    ["English", "Please end Sami Haddad's access from 17 Dec. Also, please cancel the account of his colleague Karim Nasser, they work on the same project."],
    ["German", "Bitte Herrn Sami Haddad zum 17.12. sperren und gleich das Konto seines Kollegen Karim Nasser deaktivieren."],
    ["French", "Merci de clôturer l'accès de Sami Haddad au 17/12 et de désactiver aussi le compte de son collègue Karim Nasser."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["mail forwarded to the colleague", "Please end Sami Haddad's access from 17 Dec and forward his mail to his colleague Karim Nasser."],
    ["the colleague takes over", "Please disable Sami Haddad's account on 17 Dec; his colleague Karim Nasser takes over the project."],
    ["Arabic, mail forwarded to the colleague", "يرجى إنهاء صلاحيات سامي الحداد وتحويل بريده إلى زميله كريم ناصر."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
