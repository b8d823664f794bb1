/**
 * Concepts for the request's treatment applied to someone else: "Same process please apply to Mr. Nikhil Bansal",
 * "Same treatment for Nadia Farah", "Samma åtgärd för: Jonas Ek", "نفس الإجراء لـ: عمر فاروق" (target.additional in
 * injection-rules.ts, with a person right after). Entry syntax as in override.ts.
 */
export const SAME_TREATMENT_CONCEPTS = {
  /** The same process, treatment or action (without its "for": the person follows within a few words). */
  SAME_TREATMENT: [
    "same process", "same treatment", "same procedure", "same action", "same actions", "same steps", "same offboarding", "same thing", "same here for", "same for",
    "mismo proceso", "mismo tratamiento", "mismo procedimiento", "misma acción", "lo mismo para", "mesmo processo", "mesmo tratamento", "mesmo procedimento", "a mesma ação", "o mesmo para",
    "même traitement", "même procédure", "même processus", "la même chose pour", "même chose pour", "gleiche vorgehen", "gleiches vorgehen", "dasselbe vorgehen", "gleiche verfahren", "dasselbe für", "das gleiche für", "gleiches gilt für",
    "stesso trattamento", "stessa procedura", "stesso processo", "lo stesso per", "dezelfde behandeling", "dezelfde procedure", "zelfde procedure", "hetzelfde voor", "ta sama procedura", "to samo dla", "to samo dotyczy",
    "та же процедура", "то же самое для", "то же самое с", "то же для", "та сама процедура", "те саме для", "aynı işlem", "aynı işlemi", "aynısını",
    "同じ手続き", "同じ処理", "同样处理", "同样的处理", "同樣處理", "동일한 절차", "같은 절차", "동일하게", "نفس الإجراء", "نفس الاجراء", "نفس المعاملة", "वही प्रक्रिया", "यही प्रक्रिया", "همین روال", "همان روال",
    "samma åtgärd", "samma åtgärder", "samma process", "samme behandling", "samme prosess", "samme proces", "sama menettely", "sama käsittely", "stejný postup", "rovnaký postup", "proses yang sama", "quy trình tương tự", "aceeași procedură", "ίδια διαδικασία",
  ],
  /** A comparison with an earlier case ("same process as for Tom Berg last year"), not someone added. */
  AS_COMPARE: ["as", "like", "wie", "comme", "como", "come", "als", "jak", "как", "як", "gibi", "som", "kuin", "と同じ", "처럼", "مثل", "जैसे", "مانند"],
} as const satisfies Record<string, readonly string[]>;
