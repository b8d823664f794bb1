import type { TenantConfig } from "../config/tenant-config.js";

/** The email a GitHub login maps to through `.github/offboard.yml` `people` (never guessed), or null. */
export function emailOfLogin(config: TenantConfig, login: string): string | null {
  const l = login.toLowerCase();
  return config.people.find((p) => p.github?.toLowerCase() === l)?.email.toLowerCase() ?? null;
}

/** The GitHub login mapped to an email, or null. */
export function loginOfEmail(config: TenantConfig, email: string): string | null {
  const e = email.trim().toLowerCase();
  return config.people.find((p) => p.email.toLowerCase() === e)?.github ?? null;
}

/**
 * The requester recorded in a request filed from GitHub: the mapped email, else GitHub's no-reply
 * address for the login (it names the account without inventing a mailbox).
 */
export function requesterEmail(config: TenantConfig, login: string): string {
  return emailOfLogin(config, login) ?? `${login.toLowerCase()}@users.noreply.github.com`;
}
