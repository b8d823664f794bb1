/**
 * Ahead of the request: "approved in advance by the CISO", "validée au préalable par la sécurité", "aprovado previamente
 * pela equipe de segurança", "zatwierdzony z wyprzedzeniem przez dział bezpieczeństwa", "заранее согласована с ИБ",
 * "تمت الموافقة المسبقة ... من قبل فريق أمن المعلومات" (authority.prior_approval, rules/in-advance-rules.ts: the adverb
 * between the approval and security, which the plain pattern's three-word gap does not reach). Entries are normalised like
 * the text.
 */
export const IN_ADVANCE_CONCEPTS = {
  IN_ADVANCE: [
    "in advance", "beforehand", "previously", "ahead of time", "upfront", "up front",
    "vorab", "im voraus", "vorher", "au préalable", "préalablement", "à l avance", "d avance", "con antelación", "con anticipación", "previamente", "de antemano", "por adelantado",
    "antecipadamente", "com antecedência", "in anticipo", "preventivamente", "anticipatamente", "vooraf", "van tevoren", "z wyprzedzeniem", "uprzednio", "wcześniej",
    "заранее", "предварительно", "заздалегідь", "попередньо", "önceden", "i förväg", "på förhand", "sebelumnya", "terlebih dahulu",
    "المسبقة", "مسبقا", "पहले से", "事前に", "事先", "预先", "提前", "사전에", "미리",
  ],
  /**
   * Security by its Russian and Ukrainian abbreviation, "ИБ" (информационная безопасность), for these patterns only: as a
   * SECURITY entry it would also make "заявка пойдёт на согласование в службу ИБ" (the approval to come) a claim.
   */
  SECURITY_ABBR: ["иб", "служба иб", "службой иб", "отдел иб", "отделом иб", "службою иб"],
} as const satisfies Record<string, readonly string[]>;
