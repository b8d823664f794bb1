import { localWords, samePerson } from "./named-people.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";

/** Between two addresses of one list: a comma, semicolon, slash, '&' or an "and" (several languages). */
const BETWEEN = /^[ \t]*(?:[,;/&+]|and|und|en|et|y|e|i|och|og|ja|и|ve)[ \t]*$/u;
/** A field for the leaver's address or account (normalised text: lower case, no accents). */
const TARGET_FIELD = /e-?mail|mail|correo|courriel|adres|address|endereco|indirizzo|почта|адрес|e-?posta|メール|邮箱|이메일|employee|leaver|target|user|mitarbeiter|medewerker|pracownik|empleado|employe|funcionario|dipendente|account|konto/u;
/** Fields for others: copies, contacts, the manager, a forwarding or personal address. */
const OTHERS_FIELD = /\b(?:cc|bcc|to|from|an|von|aan)\b|manager|contact|kontakt|notif|copy|kopie|copia|approver|requester|request|reply|forward|weiterleit|doorstu|personal|private|prive|persoonlijk|privat|backup|delegate|successor|nachfolger|opvolger|vertretung|owner|leidinggevende|vorgesetzt/u;
const LABEL_ON_LINE = /^[ \t]*[#*]*[ \t]*([^:\n]{1,40}):[ \t]*$/u;
const HEADING = /^[ \t]*(?:#{1,6}[ \t]*([^\n]{1,60})|([^:\n]{1,40}):)[ \t]*$/u;

/**
 * One field for the leaver's address that holds two people: "### E-mailadres" /
 * "s.devries@example.com, k.bakker@example.com", "Email: a@..., b@...". A request is about one
 * person; a second address in the leaver's own field offboards someone else with them. Not a
 * finding: two addresses of one person ("dana.reyes@example.com, dana.reyes@example.org", "d.reyes@
 * and dana.reyes@"), a field for copies, contacts, the manager or a forwarding address ("cc:",
 * "Manager email:"), addresses in prose.
 */
export function detectAddressField(text: string, emails: readonly FoundEmail[]): DetectorHit[] {
  for (let k = 0; k + 1 < emails.length && k < 50; k++) {
    const a = emails[k]!;
    const b = emails[k + 1]!;
    if (!BETWEEN.test(text.slice(a.end, b.start))) continue;
    const lineStart = text.lastIndexOf("\n", a.start - 1) + 1;
    const before = text.slice(lineStart, a.start);
    let label: string | undefined;
    if (before.trim() === "") {
      // The field's heading or "label:" on the line above (blank lines between).
      let end = lineStart - 1;
      while (end > 0 && text[end - 1] === "\n") end--;
      const prev = text.slice(text.lastIndexOf("\n", end - 1) + 1, Math.max(0, end));
      const m = HEADING.exec(prev);
      label = m ? (m[1] ?? m[2]) : undefined;
    } else label = LABEL_ON_LINE.exec(before)?.[1];
    if (!label || !TARGET_FIELD.test(label) || OTHERS_FIELD.test(label)) continue;
    if (samePerson(localWords(a.email), localWords(b.email))) continue;
    return [{ rule: "target.extra_identity", technique: "additional or swapped target identity", severity: "high", start: a.start, end: b.end, reason: "the leaver's address field holds the addresses of two people" }];
  }
  return [];
}

/**
 * A record's key naming the account to act on, right before the address on its line: "account_to_disable:", "Account to
 * close:", "disable_account =" (normalised text: lower case).
 */
const ACT_KEY = /^[ \t>*"'-]*(?:(?:accounts?|logins?|users?|mailbox|address)[ _-]*(?:to[ _-]*)?(?:disable|deactivate|close|offboard|remove|delete|suspend|block|lock)|(?:disable|deactivate|close|offboard|suspend|block)[ _-]*(?:account|login|user|mailbox))["']?[ \t]*[:=][ \t]*["']?[ \t]*$/u;

/**
 * The field naming the account to act on holds another address than the request's target: "email: omar.khalil@… …
 * account_to_disable: omar.khalifa@…  # HRIS typo", "account_to_disable: hannah.b@fjordhavn-insurance.example.com" beside
 * "email: hannah.brodie@fjordhavn.example.com" (training authors t42, t55). A request names one account; a second address
 * given as the one to disable, however close its name, is the swap a reviewer must see. Not a finding: the field holding the
 * target itself, or a login that is no address ("account_to_disable: okhalil-adm").
 */
export function detectActField(text: string, emails: readonly FoundEmail[], target: string): DetectorHit[] {
  const wanted = target.trim().toLowerCase();
  for (let k = 0; k < emails.length && k < 50; k++) {
    const e = emails[k]!;
    if (e.email === wanted) continue;
    const lineStart = text.lastIndexOf("\n", e.start - 1) + 1;
    if (e.start - lineStart > 60 || !ACT_KEY.test(text.slice(lineStart, e.start))) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: lineStart, end: e.end, reason: "the field naming the account to act on holds another address than the leaver's" }];
  }
  return [];
}
