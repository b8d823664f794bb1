/**
 * A security-awareness notice saying what the company will never ask for: "Northgate Freight will never ask you for your
 * password, MFA code or recovery codes by email or chat" (an honest footer of training author t58). The secrets it names
 * are what must not be sent, not a request to send them (mask-never-ask.ts). Entries are normalised like the text (see
 * override.ts).
 */
export const NEVER_ASK_CONCEPTS = {
  NEVER_ASK: [
    "will never ask you for", "will never ask for", "never ask you for", "never asks for", "never ask for", "will never ask you to send",
    "will never request your", "never request your", "will never send your", "will never send you your", "never requests your", "will never email you asking for",
    "wird sie niemals nach", "wird sie nie nach", "fragt niemals nach", "fragt nie nach", "werden sie niemals nach",
    "ne vous demandera jamais", "ne vous demanderons jamais", "ne demande jamais", "nunca le pedirá", "nunca te pedirá", "nunca le pediremos",
    "nunca solicitará", "nunca pedirá", "nunca pediremos", "non vi chiederà mai", "non ti chiederà mai", "non chiede mai",
    "zal nooit vragen om", "vraagt nooit om", "zal u nooit vragen", "nigdy nie poprosi", "nigdy nie prosimy",
  ],
} as const;
