/**
 * Concepts for a request's record naming its person in a field, read by detect-name-mismatch.ts: a field key
 * that holds the leaver's name ("leaver_name: Emily Carter", "name: Joseph Kamau", "Nombre completo: ..."), read
 * only as a key opening its line, right before its ':' or '='. Entry syntax as in override.ts.
 */
export const SWAP_FIELD_CONCEPTS = {
  /** A field key for the person's name. */
  NAME_FIELD: [
    "name", "full name", "full_name", "fullname", "leaver_name", "leaver name", "employee_name", "employee name", "employee full name", "employee_full_name", "staff_name", "staff name", "person_name", "display_name", "displayname",
    "nombre", "nombre completo", "nombre_completo", "nom", "nom complet", "nom_complet", "nome", "nome completo", "nome_completo", "naam", "volledige naam", "vollständiger name", "mitarbeitername", "mitarbeiter_name",
    "imię i nazwisko", "imie_nazwisko", "имя", "фио", "ім'я", "піб", "ad soyad", "ad_soyad", "adı soyadı", "isim", "namn", "navn", "nimi", "nume", "jméno", "nama", "tên", "họ tên",
    "姓名", "氏名", "名前", "이름", "성명", "الاسم", "שם", "नाम", "نام",
  ],
} as const satisfies Record<string, readonly string[]>;
