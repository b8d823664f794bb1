/**
 * A record's number, not the person it names: "wrong employee ID. The correct one for Ellie Chambers is ...", "falsche
 * Personalnummer", "mauvais matricule". Unlike ID_WORD (corrections.ts) it holds no address, account or person word,
 * so a correction of the number alone is told from a correction of the person ("wrong person, the right one is ...").
 */
export const ID_NUMBER_CONCEPTS = {
  ID_NUMBER: [
    "id", "ids", "number", "employee id", "employee number", "staff number", "staff id", "personnel number", "payroll number", "badge number",
    "nummer", "personalnummer", "mitarbeiternummer", "numéro", "matricule", "número", "legajo", "matrícula", "numero", "matricola", "personeelsnummer", "numer", "numer pracownika",
    "номер", "табельный номер", "табельний номер", "sicil", "sicil numarası", "anställningsnummer", "社員番号", "従業員番号", "番号", "工号", "号码", "员工号", "사번", "번호", "رقم", "الرقم الوظيفي", "מספר", "नंबर", "कर्मचारी आईडी",
  ],
} as const satisfies Record<string, readonly string[]>;
