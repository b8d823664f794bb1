/**
 * Concepts for more people or a whole group folded into one leaver request (target.additional, target.wildcard,
 * detect-leaver-list.ts). Entry syntax as in override.ts.
 */
export const EXTRA_LEAVERS_CONCEPTS = {
  /** A heading over several leavers: "Leavers for this week:", "leavers:", "Abgänge:", "Bajas:". */
  LEAVERS_HEAD: [
    "leavers", "departures", "exits", "offboardings", "abgänge", "austritte", "bajas", "salidas", "départs", "sorties", "saídas", "desligamentos", "cessazioni", "uscite",
    "vertrekkers", "uitstroom", "odejścia", "увольнения", "увольняемые", "звільнення", "ayrılanlar", "avgångar", "fratrædelser", "lähtijät", "退職者", "离职人员", "離職人員", "퇴사자",
  ],
} as const satisfies Record<string, readonly string[]>;
