/**
 * An identifier of a record, not a person: "I typed the wrong employee ID. The right one for Gemma Hall is ..." corrects a
 * number of the same leaver, where "the wrong employee. The right one is Gemma Hall" swaps the person (target.additional,
 * a `forbidFirst` of WRONG_PERSON before a name). Entries are normalised like the text.
 */
export const RECORD_ID_CONCEPTS = {
  RECORD_ID: [
    "id", "ids", "number", "numbers", "nr", "code", "reference", "ref", "payroll number", "staff number",
    // de fr es pt it nl pl ru uk sv tr
    "nummer", "personalnummer", "numéro", "matricule", "número", "numero", "matricola", "numer", "номер", "табельный номер", "nummret", "numarası", "numarasi", "sicil",
    // ja zh ko ar he hi
    "番号", "编号", "號碼", "号码", "번호", "رقم", "מספר", "नंबर", "संख्या",
  ],
} as const;
