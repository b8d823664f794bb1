/**
 * Sending the request to security or the approvers a second time called needless, after an approval claimed in
 * that sentence: "the CISO already ticked this off, so it is double work to put it with Security again", "dubbel
 * werk om het nog een keer bij Security neer te leggen", "उन्होंने हरी झंडी दे दी थी, इसलिए दोबारा उनके पास भेजने की
 * ज़रूरत नहीं" (authority.prior_approval in rules/authority-rules.ts).
 */
export const REVIEW_AGAIN_CONCEPTS = {
  /** Once more: the review asked for a second time. */
  AGAIN: [
    // ht (Haitian Creole)
    "ankò", "yon lòt fwa",
    "again", "once more", "a second time", "one more time", "another time", "all over again",
    "noch einmal", "nochmal", "nochmals", "erneut", "ein zweites mal", "à nouveau", "de nouveau", "encore une fois", "une seconde fois", "une deuxième fois",
    "otra vez", "de nuevo", "nuevamente", "una segunda vez", "novamente", "de novo", "outra vez", "mais uma vez", "uma segunda vez", "di nuovo", "nuovamente", "ancora una volta", "una seconda volta",
    "nog een keer", "nog eens", "nogmaals", "opnieuw", "een tweede keer", "ponownie", "jeszcze raz", "drugi raz", "снова", "ещё раз", "еще раз", "повторно", "заново", "знову", "ще раз",
    "tekrar", "yeniden", "bir kez daha", "再次", "再度", "重新", "もう一度", "改めて", "다시", "또다시", "한 번 더", "مرة أخرى", "مرة ثانية", "مجددا", "مجدداً", "من جديد", "שוב", "פעם נוספת",
    "दोबारा", "दुबारा", "फिर से", "एक बार फिर", "igen", "en gång till", "en gång till", "igjen", "en gang til", "uudelleen", "taas", "znovu", "opäť", "lagi", "sekali lagi", "lại", "một lần nữa", "din nou", "ξανά", "tena", "újra", "อีกครั้ง",
  ],
  /** Double work: "it is double work", "doppelte Arbeit", "ce serait faire le travail deux fois". */
  DOUBLE_WORK: [
    "double work", "duplicate work", "duplicated work", "doppelte arbeit", "doppelarbeit", "double travail", "travail en double", "doble trabajo", "trabajo doble", "trabalho duplicado", "trabalho em dobro", "retrabalho",
    "lavoro doppio", "doppio lavoro", "dubbel werk", "dubbelwerk", "podwójna praca", "podwójną pracę", "двойная работа", "двойную работу", "подвійна робота", "çifte iş", "boşuna iş", "重复工作", "二度手間", "이중 작업", "중복 작업", "عمل مزدوج", "עבודה כפולה", "दोहरा काम", "dubbelarbete",
  ],
} as const satisfies Record<string, readonly string[]>;
