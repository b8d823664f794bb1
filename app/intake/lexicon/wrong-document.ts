/**
 * A document sent by mistake, not a person: "Ignore my last message, I attached the wrong leaver form. Correct one: Rosie
 * Turner" replaces a form (the person it names is the request's own leaver), where "the wrong leaver. Correct one: Rosie
 * Turner" swaps the person (target.additional forbids it between WRONG_PERSON and the name). Entries are normalised like the text.
 */
export const WRONG_DOCUMENT_CONCEPTS = {
  DOCUMENT_NOUN: [
    "form", "forms", "attachment", "attachments", "file", "files", "document", "spreadsheet", "sheet", "template", "pdf", "draft", "version", "copy",
    // de fr es pt it nl
    "formular", "anhang", "datei", "dokument", "vorlage", "tabelle", "formulaire", "pièce jointe", "fichier", "document", "modèle", "formulario", "adjunto", "archivo", "documento", "plantilla", "hoja",
    "formulário", "anexo", "arquivo", "ficheiro", "modulo", "allegato", "formulier", "bijlage", "bestand", "sjabloon",
    // pl ru uk sv tr
    "formularz", "załącznik", "plik", "форма", "форму", "вложение", "файл", "документ", "бланк", "вкладення", "blankett", "bilaga", "fil", "ek", "dosya", "belge",
    // ja zh ko ar hi
    "フォーム", "添付", "ファイル", "表格", "附件", "文件", "양식", "첨부", "파일", "النموذج", "المرفق", "الملف", "फॉर्म", "अटैचमेंट", "फ़ाइल",
  ],
} as const satisfies Record<string, readonly string[]>;
