/**
 * Rights an offboarding never has reason to hand out (rules/grant-rules.ts): sending as someone else ("send-as",
 * "send on behalf"), and administrator roles of a whole tenant or organisation ("Super Admin role", "Org Admin"). An
 * offboarding takes rights away; one that asks for these to be granted, to the writer or to a colleague, is asking for a
 * privilege. Entries are normalised like the text (see override.ts): "send-as" is read as "send as", so only with a word
 * after it that makes it a right ("send-as rights", "and send-as"), never "send as a PDF".
 */
export const GRANT_RIGHTS_CONCEPTS = {
  IMPERSONATE_RIGHT: [
    "send as rights", "send as right", "send as permission", "send as permissions", "send as access", "sendas",
    "full access and send as", "including send as", "plus send as", "with send as",
    "send on behalf", "send on behalf of", "send on behalf rights", "send on behalf permission", "including send on behalf",
  ],
  ADMIN_ROLE: [
    "super admin role", "super admin", "superadmin", "super administrator", "global admin", "global administrator", "global admin role",
    "org admin", "org admin role", "organization admin", "organisation admin", "org owner", "organization owner", "tenant admin",
    "owner role", "admin role", "administrator role", "admin rights", "administrator rights",
  ],
} as const;
