/**
 * The leaver's colleague, named by the relation: "cancel the account of his colleague Karim Nasser", "إلغاء حساب زميله",
 * "deaktiviert auch das Konto seines Kollegen" (target.additional: someone else acted on beside the leaver). Entries are
 * normalised like the text (lower case, no accents).
 */
export const COLLEAGUE_CONCEPTS = {
  COLLEAGUE: [
    "his colleague", "her colleague", "their colleague", "his coworker", "her coworker", "his co worker", "her co worker",
    "seines kollegen", "seinen kollegen", "seiner kollegin", "ihres kollegen", "ihren kollegen", "ihrer kollegin", "son collègue", "sa collègue", "de son collègue", "de sa collègue",
    "su colega", "de su colega", "su compañero", "de su compañero", "su compañera", "seu colega", "sua colega", "do seu colega", "da sua colega", "il suo collega", "la sua collega", "del suo collega",
    "zijn collega", "haar collega", "van zijn collega", "jego kolegi", "jej koleżanki", "jego współpracownika", "его коллеги", "её коллеги", "ее коллеги", "його колеги", "її колеги",
    "meslektaşının", "iş arkadaşının", "他的同事", "她的同事", "其同事", "同僚の", "동료의", "동료", "زميله", "زميلها", "उनके सहकर्मी", "उसके सहकर्मी", "hans kollega", "hennes kollega", "hans kollegas", "hennes kollegas",
    // "close the account of the colleague she was covering for, x@" (training author t45)
    "the account of the colleague", "account of the colleague", "the colleague she was covering for", "the colleague he was covering for", "the colleague she covered for", "the colleague he covered for", "the person she was covering for", "the person he was covering for",
  ],
} as const;
