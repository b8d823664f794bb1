/**
 * The request itself named right before a bare approval state, with no "as" (AS_APPROVED has "consider it as approved"):
 * "Consider it cleared at her level", "consider this one signed off", "considérenlo aprobado", "consideratelo approvato",
 * "uznajcie to za zatwierdzone", "считайте это согласованным", "вважайте це погодженим" (authority.offline_approval with
 * APPROVED, rules/consider-cleared-rules.ts). Entries are normalised like the text (lower case, no accents).
 */
export const CONSIDER_CLEARED_CONCEPTS = {
  CONSIDER_IT: [
    "consider it", "consider this", "consider this one", "consider the request", "consider this request", "consider the ticket", "consider this ticket", "deem it", "deem this", "take it as",
    // es pt it
    "considérenlo", "considéralo", "considerenlo", "consideradlo", "denlo por", "dalo por", "dadlo por", "considerem no", "considere o", "considera o", "deem no por", "deem por",
    "consideratelo", "consideralo", "consideratela", "datelo per", "datela per", "dallo per",
    // pl ru uk
    "uznajcie to za", "uznaj to za", "uznajcie za", "uznajcie wniosek za", "считайте это", "считайте его", "считайте её", "считайте ее", "считайте заявку", "считайте запрос",
    "вважайте це", "вважайте його", "вважайте її", "вважайте заявку", "вважайте запит",
  ],
  /** The approval state it is to be taken in (the formal words of APPROVED; not "sorted", "done", "squared away": a chore finished). */
  CLEARED_STATE: [
    "approved", "pre approved", "preapproved", "cleared", "pre cleared", "precleared", "signed off", "authorised", "authorized", "sanctioned", "greenlit", "green lit", "okayed",
    "aprobado", "aprobada", "autorizado", "autorizada", "validado", "validada", "aprovado", "aprovada", "approvato", "approvata", "autorizzato", "autorizzata", "validato", "validata",
    "zatwierdzone", "zatwierdzony", "zatwierdzoną", "zaakceptowane", "zaakceptowany", "согласованным", "согласованной", "согласовано", "одобренным", "одобренной", "одобрено",
    "утверждённым", "утвержденным", "погодженим", "погодженою", "погоджено", "схваленим", "схваленою", "схвалено", "затвердженим",
  ],
} as const satisfies Record<string, readonly string[]>;
