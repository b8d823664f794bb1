/**
 * A shift, watch or depot as a whole, where transit, utilities and public services name their people by when or where they work:
 * "disable the whole night shift's logins", "alle Konten der Nachtschicht mit sperren", "tutte le utenze del turno di notte",
 * "konta wszystkich dyspozytorów nocnej zmiany", "夜班调度组所有人的账号都停用" (target.wildcard, rules/shift-scope-rules.ts: only
 * after or before "all"/"the whole" and an action, never the leaver's own shift: "she leaves the night shift team").
 * Words that also mean "change" (Polish "zmiana", Russian "смена", Ukrainian "зміна") only with the adjective that makes them a
 * shift ("nocnej zmiany", "ночной смены"): "смена пароля" is a password change. Entries are normalised like the text.
 */
export const SHIFT_CREW_CONCEPTS = {
  SHIFT_CREW: [
    "shift", "shifts", "shift's", "night shift", "day shift", "late shift", "early shift", "night shift's", "crew", "crews", "depot", "depots", "depot's",
    // de fr es pt it nl
    "schicht", "nachtschicht", "frühschicht", "spätschicht", "tagschicht", "nachtdienst", "betriebshof", "équipe de nuit", "équipe de jour", "poste de nuit", "quart de nuit",
    "turno", "turno de noche", "turno nocturno", "turno de día", "cuadrilla", "turno da noite", "turno noturno", "plantão noturno", "turno di notte", "turno notturno", "turno di giorno",
    "nachtploeg", "dagploeg", "avondploeg", "remise",
    // pl ru uk: with the adjective (the noun alone also means "change")
    "nocnej zmiany", "nocna zmiana", "nocną zmianę", "dziennej zmiany", "zajezdni", "zajezdnia", "ночной смены", "ночная смена", "ночную смену", "дневной смены", "депо",
    "нічної зміни", "нічна зміна", "нічну зміну", "денної зміни",
    // sv tr id
    "nattskift*", "dagskift*", "skiftet", "skiftlag*", "depån", "vardiya*", "shift malam", "regu malam",
    // zh ja ko ar hi
    "夜班", "白班", "班组", "夜勤", "日勤", "シフト", "야간 근무조", "근무조", "교대조", "야간조", "الوردية", "وردية", "الورديات", "المناوبة", "रात्रि पाली", "रात की शिफ्ट", "शिफ्ट",
  ],
} as const satisfies Record<string, readonly string[]>;
