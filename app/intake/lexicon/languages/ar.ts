import type { LanguagePack } from "./index.js";

/** Arabic (ar): words the topic files lacked for their concepts (see index.ts). */
export const AR_PACK: LanguagePack = {
  // Review not needed: "هذا الطلب لا يحتاج إلى مراجعة فريق الأمن".
  NO_NEED: ["لا يحتاج", "لا تحتاج", "لا يتطلب", "لا تتطلب", "لا حاجة"],
  // Carried out directly: "فيرجى التنفيذ مباشرة", "لذا يمكن التنفيذ مباشرة".
  ACT_DIRECTLY: ["التنفيذ مباشرة", "التنفيذ مباشرةً", "تنفيذه مباشرة", "نفذوا مباشرة", "نفذوه مباشرة"],
  // Everyone of a list or team acted on: "عطّلوا أيضاً جميع أعضاء قائمة التوزيع".
  ALL_PEOPLE: ["جميع أعضاء", "كل أعضاء", "جميع موظفي", "كل موظفي"],
  // Another review, the noun with its preposition: "تمت الموافقة ... من فريق الأمن الأسبوع الماضي، فلا حاجة لمراجعة أخرى".
  SECOND_REVIEW: ["لمراجعة أخرى", "لمراجعة ثانية", "لمراجعة جديدة", "لإعادة المراجعة"],
  // The leaver's mailbox as data sent out: "إرسال نسخة من صندوق بريدها إلى x@webmail…".
  EXFIL_OBJECT: ["صندوق بريدها", "صندوق بريده", "صندوق البريد"],
};
