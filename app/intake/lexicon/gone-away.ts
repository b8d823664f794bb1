/**
 * An account said to go, with no verb but "away" (target.additional, after a shared login and "also"): "het break-glass account
 * bg-admin-eu mag trouwens ook meteen weg", "das Konto root-lager kann auch gleich weg" (nl de af, da nb). Only read after
 * PRIV_LOGIN or a shared privileged account and ALSO: "weg" is also a way ("de gebruikelijke weg"). Normalised like the text.
 */
export const GONE_AWAY_CONCEPTS = {
  GONE_AWAY: ["weg", "væk", "vekk"],
} as const satisfies Record<string, readonly string[]>;
