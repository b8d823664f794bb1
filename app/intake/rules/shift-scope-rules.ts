import type { PhrasePattern } from "../injection-rules.js";

/** Kept out of the gaps: whom she leaves or tells, her own things, what is handed over. */
const NOT_ACTED = ["NOTIFY", "HER_HIS", "HANDOVER", "HANDOVER_VERB"] as const;
const NOT_SCOPE = ["FROM", ...NOT_ACTED] as const;

/**
 * target.wildcard patterns for every account of a shift, crew or depot (lexicon/shift-crew.ts) or a unit, acted on beside the
 * leaver: "disable the whole night shift's logins as well", "désactiver également tous les comptes du dépôt de Vénissieux",
 * "Disattivate pure tutte le utenze del turno di notte", "wyłączyć konta wszystkich dyspozytorów nocnej zmiany", "вимкніть
 * облікові записи всієї нічної зміни", and with the verb last: "alle Konten der Nachtschicht Leitstelle Nord mit sperren", "gece
 * vardiyasındaki tüm hesapları da kapatın", "夜班调度组所有人的账号都停用", "夜勤指令センターの全アカウントも無効化", "야간 근무조 전체
 * 계정도 같이 비활성화해 주세요" (not "she leaves the night shift team", not "remove her from all the night shift's lists", not
 * "let the whole night shift know", not "disable all her accounts; she worked the night shift": her own, a clause between).
 */
export const SHIFT_SCOPE_PATTERNS: readonly PhrasePattern[] = [
  // "of the depot" may read as "from" ("tous les comptes du dépôt"): FROM kept out of the first gap only, where "remove her from
  // all the depot's groups" has it. The shift's own logins with a possessive: "the whole night shift's logins" (not "the whole
  // night shift's drive").
  { seq: ["ACTION", ["ALL_SCOPE", "WHOLE"], "SHIFT_CREW"], gap: [3, 4], barrier: 0, forbid: NOT_ACTED, forbidFirst: ["FROM"], lastNotPossessive: true },
  { seq: ["ACTION", ["ALL_SCOPE", "WHOLE"], "SHIFT_CREW", "ACCOUNT_NOUN"], gap: [3, 4, 0], barrier: 0, forbid: NOT_ACTED, forbidFirst: ["FROM"] },
  { seq: ["ALL_SCOPE", ["SHIFT_CREW", "UNIT_NOUN"], "ACTION"], gap: [2, 4], barrier: 0, forbid: NOT_SCOPE, notPrecededBy: ["OUT_OF", "NOTIFY"] },
  { seq: ["SHIFT_CREW", "ALL_SCOPE", "ACTION"], gap: [4, 4], barrier: 0, forbid: NOT_SCOPE },
  // "야간 근무조 전체 계정도 같이 비활성화해 주세요": the whole shift's accounts, the verb last.
  { seq: ["SHIFT_CREW", "WHOLE", "ACCOUNT_NOUN", "ACTION"], gap: [4, 1, 4], barrier: 0, forbid: NOT_SCOPE },
];
