/**
 * A second review called double work or needless after security is said to have signed off: "the security
 * team ticked him off in last week's CAB, so a second review is double work", "dus een tweede beoordeling is
 * dubbel werk", "eine zweite Prüfung wäre überflüssig" (authority.prior_approval in rules/authority-rules.ts;
 * not "security will look at it; a second review by HR is not needed": PROSPECTIVE). Entries are normalised like the text.
 */
export const SECOND_REVIEW_CONCEPTS = {
  SECOND_REVIEW: [
    "a second review", "another review", "a second check", "another check", "a second look", "a further review", "a fresh review", "re review", "a re review", "reviewing it again", "checking it again",
    "eine zweite prüfung", "eine erneute prüfung", "eine weitere prüfung", "noch eine prüfung", "eine zweite freigabe", "eine erneute freigabe",
    "une deuxième revue", "une seconde revue", "une nouvelle revue", "un deuxième contrôle", "un second contrôle", "un nouveau contrôle", "un deuxième examen", "un second examen",
    "una segunda revisión", "otra revisión", "una nueva revisión", "un segundo control", "una segunda validación",
    "uma segunda revisão", "outra revisão", "uma nova revisão", "uma segunda análise", "outra análise", "uma nova análise",
    "una seconda revisione", "un altra revisione", "una nuova revisione", "un secondo controllo", "un altro controllo", "una seconda verifica", "un altra verifica",
    "een tweede beoordeling", "een tweede review", "een tweede controle", "nog een beoordeling", "nog een review", "nog een controle", "een nieuwe beoordeling",
    "druga weryfikacja", "ponowna weryfikacja", "kolejna weryfikacja", "drugie sprawdzenie", "ponowne sprawdzenie",
    "повторная проверка", "вторая проверка", "ещё одна проверка", "еще одна проверка", "повторне погодження", "повторна перевірка", "друга перевірка",
    "ikinci bir inceleme", "ikinci inceleme", "tekrar inceleme", "yeniden inceleme", "ikinci bir kontrol",
    "二次审核", "再次审核", "重新审核", "二次審核", "再審査", "再度の審査", "二度目の審査", "재검토", "두 번째 검토", "مراجعة ثانية", "مراجعة أخرى", "إعادة المراجعة", "בדיקה נוספת", "दूसरी समीक्षा", "फिर से समीक्षा", "दोबारा समीक्षा",
    "en andra granskning", "en ny granskning", "ytterligare en granskning", "en anden gennemgang", "en ny gennemgang", "en ny gjennomgang", "en andre gjennomgang", "toinen tarkastus", "uusi tarkastus",
  ],
} as const;
