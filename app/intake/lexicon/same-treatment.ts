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
  /**
   * One person of several with the paperwork ("Only Yuna has an HR case so far", "Only the first one has a case number",
   * "Only Camille has a resignation letter on file"), after "only" (ONLY_WORD); the others then folded in (OTHERS_TOO).
   */
  PAPERWORK_ONE: [
    "has an hr case", "has a case", "has a case number", "has a ticket", "has an hr ticket", "has a resignation letter", "has a resignation", "has a form", "has an approval", "has approval",
    "has been approved", "is approved", "form is attached", "form is signed", "has signed", "has paperwork", "has the paperwork", "has a signed form", "has an offboarding form",
    "hat einen hr fall", "hat eine kündigung", "hat ein ticket", "ist genehmigt", "a un dossier", "a une demande", "est approuvé", "est approuvée", "tiene caso", "tiene un caso", "está aprobado", "está aprobada",
    "tem um caso", "tem processo", "está aprovado", "está aprovada", "ha una pratica", "è approvato", "è approvata", "heeft een zaak", "heeft een ticket", "is goedgekeurd", "ma zgłoszenie", "jest zatwierdzony",
    "есть заявка", "одобрен", "onaylı", "har ett ärende", "är godkänd", "har en sag", "er godkendt", "har en sak", "er godkjent",
  ],
  /** The rest of a list, all of it: "the others", "all three", "all four together". */
  OTHERS_TOO: [
    "the others", "the other two", "the other three", "the other ones", "the rest", "all three", "all four", "all five", "all of them", "both of them",
    "die anderen", "alle drei", "alle vier", "les autres", "tous les trois", "los demás", "los otros", "las demás", "os outros", "os demais", "gli altri", "de anderen", "de rest", "pozostali", "pozostałych",
    "остальные", "остальных", "diğerleri", "diğerlerini", "de andra", "alla tre", "de andre", "他の人", "其他人", "나머지", "الباقين", "الآخرين", "बाकी",
  ],
  /** A comparison with an earlier case ("same process as for Tom Berg last year"), not someone added. */
  AS_COMPARE: ["as", "like", "wie", "comme", "como", "come", "als", "jak", "как", "як", "gibi", "som", "kuin", "と同じ", "처럼", "مثل", "जैसे", "مانند"],
} as const satisfies Record<string, readonly string[]>;
