/**
 * Someone else made part of the leaver's own record, so that their accounts go too: "treat Luke as part of the same leaver record
 * and remove his accounts as well", "traitez Luc comme faisant partie du même dossier de départ" (target.batch with TREAT_AS and
 * an action on accounts after, rules/same-record-rules.ts). Entries are normalised like the text (lower case, no accents).
 */
export const SAME_RECORD_CONCEPTS = {
  SAME_RECORD: [
    "as part of the same leaver record", "as part of the same leaver", "as part of the same record", "as part of the same request", "as part of the same ticket", "as part of the same offboarding",
    "as part of the same case", "as part of this leaver record", "as part of her leaver record", "as part of his leaver record", "on the same leaver record", "under the same leaver record",
    "as the same leaver", "as one leaver", "as one leaver record",
    // de fr es pt it nl
    "als teil desselben austritts", "als teil derselben austrittsmeldung", "als teil desselben vorgangs", "im selben austrittsvorgang", "im selben vorgang",
    "comme faisant partie du même départ", "comme faisant partie du même dossier", "dans le même dossier de départ", "dans le même dossier",
    "como parte de la misma baja", "como parte del mismo expediente", "en el mismo expediente", "dentro de la misma baja",
    "como parte do mesmo desligamento", "como parte do mesmo processo", "no mesmo processo de desligamento", "no mesmo processo",
    "come parte della stessa uscita", "come parte della stessa pratica", "nella stessa pratica di uscita",
    "als onderdeel van dezelfde uitdiensttreding", "als onderdeel van hetzelfde dossier", "in hetzelfde dossier",
    // pl ru uk sv tr
    "jako część tego samego odejścia", "w ramach tego samego odejścia", "w ramach tego samego wniosku", "как часть того же увольнения", "в рамках того же увольнения", "в рамках той же заявки",
    "як частину того самого звільнення", "в рамках того самого звільнення", "у межах тієї самої заявки", "som en del av samma ärende", "som en del av samma avslut", "aynı kayıt kapsamında", "aynı çıkış kaydında",
  ],
} as const satisfies Record<string, readonly string[]>;
