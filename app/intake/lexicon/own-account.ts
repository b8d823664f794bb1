/**
 * Someone's own account, as opposed to what a delegate handled: "can you also disable Richard's own account", "offboard the
 * Dean's own account too". Acted on "also" or "too", with no "her"/"his"/"my" before it, it is someone's besides the leaver:
 * typically the executive whose assistant leaves, locked out with them (target.additional). Entries are normalised like the text.
 */
export const OWN_ACCOUNT_CONCEPTS = {
  OWN_ACCOUNT: [
    "own account", "own user account", "own mailbox", "own login", "own accounts",
    // de fr es pt it nl pl ru uk sv da nb
    "eigenes konto", "eigene konto", "eigenen account", "eigene kennung", "propre compte", "propre boite", "propia cuenta", "cuenta propia", "propio buzon",
    "propria conta", "conta propria", "proprio account", "propria casella", "eigen account", "eigen mailbox", "wlasne konto", "wlasna skrzynke",
    "собственную учетную запись", "собственную учётную запись", "собственный аккаунт", "власний обліковий запис", "власну скриньку",
    "eget konto", "egna konto", "egen brukerkonto", "egen konto", "egen postkasse",
  ],
} as const;
