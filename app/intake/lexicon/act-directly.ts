/**
 * The request done directly, past the review: "please process it directly; I'll get the team to back-fill their review next
 * week". With the review or approval put off after it in the same sentence (pressure.skip_review); not "please process it
 * directly in Workday. The security review of her laptop is next week" (another sentence). Entries are normalised like the text.
 */
export const ACT_DIRECTLY_CONCEPTS = {
  ACT_DIRECTLY: [
    "process it directly", "process this directly", "process directly", "action it directly", "action this directly", "handle it directly", "do it directly", "just process it", "just action it",
    // es fr pt it de nl pl ru id tr
    "procésalo directamente", "tramítalo directamente", "procesadlo directamente", "tramitadlo directamente", "procésenlo directamente", "tramítenlo directamente",
    "traitez la directement", "traitez le directement", "traitez directement", "processem diretamente", "processe diretamente", "processem direto",
    "procedete direttamente", "procedi direttamente", "direkt bearbeiten", "direkt umsetzen", "direkt durchführen", "meteen verwerken", "direct verwerken",
    "od razu przetwórzcie", "обработайте сразу", "сразу оформите", "langsung proses", "langsung diproses", "doğrudan işleme alın",
  ],
} as const;
