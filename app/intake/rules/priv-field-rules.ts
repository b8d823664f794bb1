import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** The leaver removed from it, her access to it, or the account handed over, kept or not done. */
const NOT_ON_IT: readonly Concept[] = ["FROM", "HANDOVER_VERB", "HANDOVER", "PRIV_ACCESS", "NOT", "DONT", "KEEP", "STAYS", "HER_HIS", "LEAVER_OWN", "ROLE_PERSON"];

/**
 * A shared break-glass, root or service account as an item of a field that lists what the request removes, written inline (part
 * of target.additional; ACCESS_FIELD in lexicon/priv-along.ts; detect-removal-list.ts reads such items on list lines): "Systems: AD,
 * email, Intune, and the breakglass-admin account she used for the M365 tenant", "Scope: personal account, plus the shared helpdesk@
 * mailbox and the domain admin account qf-da-shared". No leaver owns one: listing it offboards it for everyone who uses it. Not
 * the leaver's access to it ("Access: AD, email, break-glass eligibility", "Systems: AD, root credentials": PRIV_ACCESS right
 * after), not one handed over or kept ("Accounts: AD; svc-backup handed to Kai"), not a domain admin login or "super admin" that may be the leaver's
 * own ("Accounts: rokonjo + adm-rokonjo (Okta super admin)": NOBODYS_ACCOUNT), not a system named like a login ("systems:
 * [firewall-mgmt, vpn-admin]"), not her removal from it.
 */
export const PRIV_FIELD_PATTERNS: readonly PhrasePattern[] = [
  { seq: ["ACCESS_FIELD", "LABEL_VALUE", "NOBODYS_ACCOUNT"], gap: [0, 16], barrier: 1, lead: true, forbid: NOT_ON_IT,
    notFollowedBy: ["PRIV_ACCESS", "HANDOVER_VERB", "STAYS", "KEEP", "NOT", "OWNERSHIP"], followedWithin: 3 },
  // A shared mailbox with its address between ("Scope: personal account, plus the shared helpdesk@… mailbox").
  { seq: ["ACCESS_FIELD", "LABEL_VALUE", "SHARED_ADJ", "OTHER_EMAIL", "MAILBOX_NOUN"], gap: [0, 12, 1, 0], barrier: 1, lead: true, forbid: NOT_ON_IT,
    notFollowedBy: ["PRIV_ACCESS", "HANDOVER_VERB", "STAYS", "KEEP", "NOT", "OWNERSHIP"], followedWithin: 3 },
];
