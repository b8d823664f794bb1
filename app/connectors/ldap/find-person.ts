import { EqualityFilter } from "ldapts";
import { OffboardError } from "../../errors.js";
import { personAttributes, personFilter, toPerson, type LdapPerson } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";

/** Emails the connector will look up: one @, no spaces, quotes, backslashes, parentheses, `*` or controls. */
const SAFE_EMAIL = /^[^\s"\\@()*\p{Cc}]+@[^\s"\\@()*\p{Cc}]+$/u;

/**
 * The one person under `peopleBase` whose mail attribute is `email` (values compared
 * case-insensitively, as the mail attribute's caseIgnoreIA5Match does, and re-checked here so a
 * server that mis-applies the filter cannot point the executor at someone else). The filter is
 * sent as BER, never as a filter string, so the email cannot inject filter syntax.
 * `null` when nobody matches; TARGET_NOT_FOUND (details.reason "ambiguous") when several do.
 */
export async function findPersonByMail(session: LdapSession, email: string): Promise<LdapPerson | null> {
  const { config } = session;
  if (!SAFE_EMAIL.test(email)) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: "${email}" is not an email address the connector can look up`, {
      connector: config.name, reason: "invalid_email",
    });
  }
  const wanted = email.toLowerCase();
  const entries = await session.search(config.peopleBase, {
    scope: "sub",
    filter: personFilter(config, new EqualityFilter({ attribute: config.mailAttribute, value: email })),
    attributes: personAttributes(config),
  });
  const matches = entries.map((e) => toPerson(e, config)).filter((p) => p.mail.some((m) => m.toLowerCase() === wanted));
  if (matches.length > 1) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: ${matches.length} entries have ${config.mailAttribute}=${wanted} (${matches.map((m) => m.dn).join("; ")}); refusing to guess`, {
      connector: config.name, reason: "ambiguous", matches: matches.map((m) => m.dn),
    });
  }
  return matches[0] ?? null;
}
