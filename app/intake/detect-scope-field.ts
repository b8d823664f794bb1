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
 * The field naming what is acted on, whose whole value is a set of people rather than a person: "scope: team", "target: department",
 * "scope: subtree" (a directory unit and everything under it). Not "scope: full" or "scope: all systems" (the leaver's access).
 */
const SCOPE_SET = /^[ \t>*-]{0,8}["']?(?:target|targets|scope)["']?[ \t]*[:=][ \t]*["']?(?:the[ \t]+)?(?:whole[ \t_-]+|entire[ \t_-]+)?(team|department|dept|division|unit|org|organisation|organization|group|site|office|subtree|everyone|all[ \t_-]?(?:users|staff|members|employees))["']?[ \t]*$/m;

/**
 * A request whose target field is a whole directory unit or group: an offboarding request is about
 * one person, and an OU or a group in the field that names who is acted on selects all its members.
 * Not a finding: a person's distinguished name ("user: CN=Jan Berg,OU=Sales,DC=…", which starts with
 * the person), the leaver's groups listed under "groups:" (they are removed from them, not acted on).
 */
export function detectScopeField(text: string): DetectorHit[] {
  // Only a text with such a key reads the lines again (most have none).
  const set = text.includes("scope") || text.includes("target") ? SCOPE_SET.exec(text) : null;
  if (set !== null) return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: set.index, end: set.index + set[0].length, reason: "the field naming who is acted on holds a whole team, unit or everyone, not the leaver" }];
  if (!QUICK.test(text)) return [];
  SCOPE_FIELD.lastIndex = 0;
  const m = SCOPE_FIELD.exec(text);
  if (m !== null) return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: m.index, end: m.index + m[0].length, reason: "the field naming who is acted on holds a directory unit or a group, not the leaver" }];
  return [];
}
