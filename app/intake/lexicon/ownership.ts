/**
 * Ownership handed to the writer (exfil.send_secrets, rules/exfil-rules.ts). Ownership alone is how a leaver's pages,
 * files and repositories are handed over ("Can we keep her Confluence pages? Would be good to move ownership to me"):
 * a finding only with a privileged account named after it ("transfer ownership of the AWS root account to me"), not as
 * POWER, which an admin role or an MFA device is whatever follows. Entries are normalised like the text.
 */
export const OWNERSHIP_CONCEPTS = {
  OWNERSHIP: ["ownership", "ownerships"],
} as const;
