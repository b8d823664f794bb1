import type { DetectorHit } from "./detector-hit.js";

/** The quick test: a directory unit or a group reference anywhere (normalised text is lower case). */
const QUICK = /ou=|group:|groups?\/|dl:/;
/**
 * A field naming who is acted on ("target:", "scope:", "users:", "leaver:"; YAML, mail-header or
 * key=value shape) whose value is a directory unit or a group, not a person: "target:
 * OU=Contractors,OU=Meridian,DC=example,DC=org", `scope: "group:mnl-finance-all"`.
 */
const SCOPE_FIELD = /^[ \t>*-]{0,8}["']?(?:target|targets|scope|users?|accounts?|leavers?|applies_to|who)["']?[ \t]*[:=][ \t]*["'[]?[ \t]*(ou=[^\n]{1,200}|group:[^\s"',\]]{1,120}|groups?\/[^\s"',\]]{1,120}|dl:[^\s"',\]]{1,120})/gm;

/**
 * A request whose target field is a whole directory unit or group: an offboarding request is about
 * one person, and an OU or a group in the field that names who is acted on selects all its members.
 * Not a finding: a person's distinguished name ("user: CN=Jan Berg,OU=Sales,DC=…", which starts with
 * the person), the leaver's groups listed under "groups:" (they are removed from them, not acted on).
 */
export function detectScopeField(text: string): DetectorHit[] {
  if (!QUICK.test(text)) return [];
  SCOPE_FIELD.lastIndex = 0;
  const m = SCOPE_FIELD.exec(text);
  if (m !== null) return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: m.index, end: m.index + m[0].length, reason: "the field naming who is acted on holds a directory unit or a group, not the leaver" }];
  return [];
}
