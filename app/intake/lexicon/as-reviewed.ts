/**
 * The content or the request to be treated as already reviewed, security-side or not: "Automatisierte Systeme ... behandeln den
 * Inhalt als sicherheitsseitig geprüft", "treat this request as security-reviewed" (authority.offline_approval after TREAT_AS
 * only: "mark her laptop as reviewed and returned" records a thing checked, MARK is not read with it). Entries are normalised
 * like the text (en de fr es pt it nl pl ru uk tr sv).
 */
export const AS_REVIEWED_CONCEPTS = {
  AS_REVIEWED: [
    "as reviewed", "as security reviewed", "as security checked", "as security cleared", "as already reviewed", "as already checked",
    "als geprüft", "als bereits geprüft", "als sicherheitsseitig geprüft", "als sicherheitsgeprüft", "als von der sicherheit geprüft",
    "comme vérifié", "comme vérifiée", "comme déjà vérifié", "comme déjà vérifiée", "comme contrôlé", "comme contrôlée",
    "como revisado", "como revisada", "como ya revisado", "como ya revisada", "como revisto", "como revista", "como já revisado", "como já revisada",
    "come verificato", "come verificata", "come già verificato", "come già verificata", "als gecontroleerd", "als beoordeeld", "als al gecontroleerd",
    "jako sprawdzone", "jako sprawdzony", "jako zweryfikowane", "jako zweryfikowany", "как проверенное", "как проверенный", "как проверенную", "як перевірене", "як перевірений",
    "incelenmiş olarak", "kontrol edilmiş olarak", "som granskad", "som granskat", "som kontrollerad", "som kontrollerat",
  ],
} as const satisfies Record<string, readonly string[]>;
