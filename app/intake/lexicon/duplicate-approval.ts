/**
 * The review called a duplicate of an approval already given: "please don't put it in the queue again, it would only duplicate
 * his sign-off", "une nouvelle validation ferait doublon avec son accord" (authority.prior_approval). Only with an approval named
 * right after it, and no negation before it: "please don't create a duplicate approval request" is HR text. Not "repeat" or
 * "redo": asking for an approval again is ordinary. Entries are normalised like the text (lower case, no accents).
 */
export const DUPLICATE_APPROVAL_CONCEPTS = {
  /** Duplicating something (a verb, or "a duplicate of"). */
  DUPLICATES: [
    "duplicate", "duplicates", "duplicating", "would duplicate", "only duplicate", "just duplicate", "a duplicate of", "double up on", "doubling up on",
    // de fr es pt it nl
    "doppeln", "verdoppeln", "duplizieren", "würde doppeln", "dupliquer", "dupliquerait", "ferait doublon avec", "faire doublon avec", "doublon avec", "fait doublon avec",
    "duplicar", "duplicaría", "duplicarían", "duplicaria", "duplicariam", "duplicare", "duplicherebbe", "doppione di", "dupliceren", "dubbelop met",
    // pl ru uk
    "dublować", "zdublować", "dublowałoby", "zdublowałoby", "powielać", "powielić", "powielałoby", "powieliłoby",
    "дублировать", "продублировать", "дублировало бы", "дублирует", "продублирует", "дублювати", "продублювати", "дублювало б", "дублює",
    // zh ja ko ar hi tr sv
    "重复", "重複", "중복", "تكرار", "سيكرر", "يكرر", "दोहराना", "दोहराएगा", "दोहराव", "mükerrer", "duplicera", "dubblera",
  ],
  /** Avoiding it: "to avoid duplicating the approval, HR has attached the manager's sign-off" is HR text. */
  AVOID: [
    "avoid", "to avoid", "avoiding", "prevent", "vermeiden", "zu vermeiden", "vermeiden wir", "éviter", "pour éviter", "evitar", "para evitar", "evitare", "per evitare",
    "voorkomen", "vermijden", "uniknąć", "aby uniknąć", "избежать", "чтобы избежать", "уникнути", "щоб уникнути", "避免", "为避免", "避ける", "피하기", "لتجنب", "تجنب",
    "से बचने", "önlemek", "kaçınmak", "undvika", "för att undvika",
  ],
  /** Duplicating, the verb last (de nl ja ko tr hi): "seine Freigabe nur doppeln", "承認と重複する". */
  DUPLICATES_POST: [
    "doppeln", "doppeln würde", "verdoppeln", "duplizieren", "dupliziert", "dupliceren", "verdubbelen", "overdoen", "と重複する", "と重複します", "重複する", "重複します",
    "중복됩니다", "중복되는", "중복이", "mükerrer olur", "mükerrer olacak", "tekrarlamış olur", "दोहराना होगा", "दोहराव होगा", "दोहराएगा",
  ],
} as const;
