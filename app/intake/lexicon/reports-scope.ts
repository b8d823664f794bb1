/**
 * Concepts for the leaver's whole team or reporting line slipped into the request (target.wildcard):
 * "deactivate all accounts that list her as manager", "remove access for Ms. Pike and everyone who
 * reported to her", "alle Mitarbeitenden deaktivieren, die an sie berichtet haben", "井上さん配下の全員
 * のアカウントをまとめて停止". Entries are normalised like the text (lower case, no accents).
 */
export const REPORTS_SCOPE_CONCEPTS = {
  /** The people under the leaver: who report to them, their team, the accounts listing them as manager. */
  REPORTS_TO: [
    "who reported to her", "who reported to him", "who report to her", "who report to him", "who reports to her", "who reports to him", "reporting to her", "reporting to him",
    "that reported to her", "that reported to him", "who reported directly to her", "who reported directly to him", "who report directly to her", "who report directly to him",
    "direct reports", "her direct reports", "his direct reports", "her team", "his team", "her whole team", "his whole team", "her entire team", "his entire team", "her team members", "his team members",
    "list her as manager", "list him as manager", "list her as their manager", "list him as their manager", "whose manager", "manager attribute", "under him", "under her",
    "die an sie berichtet haben", "die an ihn berichtet haben", "die an sie berichten", "die an ihn berichten", "ihr team", "sein team", "ihre direkten mitarbeiter*", "seine direkten mitarbeiter*",
    "qui lui rapportent", "qui lui reportaient", "son équipe", "ses collaborateurs directs", "qui dépendent d elle", "qui dépendent de lui",
    "que le reportan", "que le reportaban", "su equipo", "sus subordinados", "que reportam a ela", "que reportam a ele", "que reportavam a ela", "que reportavam a ele", "a equipe dela", "a equipe dele", "sua equipe", "subordinados",
    "che riportano a lei", "che riportano a lui", "il suo team", "la sua squadra", "i suoi collaboratori diretti", "die aan haar rapporteren", "die aan hem rapporteren", "haar team", "zijn team",
    "jej zespół", "jego zespół", "jej podwładn*", "jego podwładn*", "którzy jej podlegają", "którzy mu podlegają", "его подчинённ*", "её подчинённ*", "ее подчиненн*", "его подчиненн*", "его команд*", "её команд*",
    "її підлеглі*", "його підлеглі*", "її команд*", "його команд*", "ekibindeki", "ekibinin", "ona bağlı çalışan*", "配下", "部下", "直属の部下", "下属", "直属下属", "他的团队", "她的团队", "직속 부하", "부하 직원", "팀원",
    "المرؤوسين", "مرؤوسيه", "مرؤوسيها", "فريقه", "فريقها", "הכפופים", "הכפופים לה", "הכפופים לו", "הצוות שלה", "הצוות שלו",
    "रिपोर्ट करने वाले", "उन्हें रिपोर्ट करने वाले", "उनकी टीम", "گزارش می‌دادند", "گزارش می‌دهند", "زیرمجموعه", "تیمش",
    "som rapporterade till henne", "som rapporterade till honom", "hans team", "hennes team", "som rapporterte til henne", "som rapporterte til ham",
    "báo cáo trực tiếp cho", "những người báo cáo", "report karte", "report karte the", "poori team", "puri team", "unki team", "timnya", "bawahannya", "tim nya",
  ],
  /** The whole of the leaver's team at once: "her whole team", "everyone who reported to him", "unki poori team", "井上さん配下の全員". */
  REPORTS_WHOLE: [
    "her whole team", "his whole team", "her entire team", "his entire team", "all her team", "all his team", "all her direct reports", "all his direct reports", "all direct reports",
    "everyone who reported to her", "everyone who reported to him", "everyone who reports to her", "everyone who reports to him", "all of her team", "all of his team",
    "sein ganzes team", "ihr ganzes team", "ihr gesamtes team", "sein gesamtes team", "toute son équipe", "todo su equipo", "toda su plantilla", "toda a equipe dela", "toda a equipe dele", "toda a sua equipe",
    "tutto il suo team", "tutta la sua squadra", "zijn hele team", "haar hele team", "cały jej zespół", "cały jego zespół", "всю его команду", "всю её команду", "всю ее команду", "усю його команду", "усю її команду",
    "tüm ekibini", "bütün ekibini", "他的整个团队", "她的整个团队", "整个团队", "配下の全員", "チーム全員", "팀 전체", "팀원 전원", "فريقه بالكامل", "فريقها بالكامل", "כל הצוות שלה", "כל הצוות שלו",
    "पूरी टीम", "उनकी पूरी टीम", "تمام تیمش", "hela hans team", "hela hennes team", "hele teamet hans", "hele teamet hennes", "seluruh timnya", "toàn bộ nhóm của", "poori team", "puri team", "unki poori team",
    "everyone on her team", "everyone on his team", "everyone in her team", "everyone in his team", "everybody on her team", "everybody on his team", "everybody in her team", "everybody in his team",
    // The team named by its head: "the full team of Mr. Anil Deshpande" (the leaver's name follows).
    "the full team of", "full team of", "the whole team of", "the entire team of", "his full team", "her full team", "das ganze team von", "das gesamte team von", "toute l équipe de",
    "todo el equipo de", "toda la plantilla de", "toda a equipe de", "todo o time de", "tutto il team di", "l intero team di", "het hele team van", "całego zespołu", "всю команду", "усю команду",
  ],
} as const satisfies Record<string, readonly string[]>;
