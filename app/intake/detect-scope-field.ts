import type { DetectorHit } from "./detector-hit.js";

/**
 * The quick test: a directory unit or a group reference anywhere ("ou=", "group:", "group/",
 * "groups/", "dl:"; normalised text is lower case). Found from the '=', ':' and '/' each ends
 * with, each searched for alone: an alternation regex stopped at every 'o', 'g' and 'd' of the text.
 */
function quick(text: string): boolean {
  for (let i = text.indexOf("="); i >= 0; i = text.indexOf("=", i + 1)) if (endsWith(text, i, "ou")) return true;
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) if (endsWith(text, i, "group") || endsWith(text, i, "dl")) return true;
  for (let i = text.indexOf("/"); i >= 0; i = text.indexOf("/", i + 1)) if (endsWith(text, i, "group") || endsWith(text, i, "groups")) return true;
  return false;
}

/** Whether `word` stands right before offset `at`. */
const endsWith = (text: string, at: number, word: string) => at >= word.length && text.startsWith(word, at - word.length);
/**
 * A field naming who is acted on ("target:", "scope:", "users:", "leaver:"; YAML, mail-header or
 * key=value shape) whose value is a directory unit or a group, not a person: "target:
 * OU=Contractors,OU=Meridian,DC=example,DC=org", `scope: "group:mnl-finance-all"`, a snake_case prefix before the key
 * (`deprovision_scope: "ou=Contractors,ou=FieldService,…"`).
 */
const SCOPE_FIELD = /^[ \t>*-]{0,8}["']?(?:[a-z]+_)?(?:target|targets|scope|users?|accounts?|leavers?|applies_to|who)["']?[ \t]*[:=][ \t]*["'[]?[ \t]*(ou=[^\n]{1,200}|group:[^\s"',\]]{1,120}|groups?\/[^\s"',\]]{1,120}|dl:[^\s"',\]]{1,120})/gm;

/**
 * The field naming what is acted on, whose whole value is a set of people rather than a person: "scope: team", "target: department",
 * "scope: subtree" (a directory unit and everything under it), or a whole unit named with more after it ('Scope: the whole OU
 * "Temp-Summer-2025" (Chloe plus the other seasonal staff)'). Not "scope: full" or "scope: all systems" (the leaver's access).
 */
const SCOPE_SET = /[ \t>*-]{0,8}["']?(?:target|targets|scope)["']?[ \t]*[:=][ \t]*["']?(?:(?:the[ \t]+)?(?:whole[ \t_-]+|entire[ \t_-]+)?(team|department|dept|division|unit|org|organisation|organization|group|site|office|subtree|everyone|all[ \t_-]?(?:users|staff|members|employees))["']?[ \t]*$|(?:the[ \t]+)?(?:whole|entire)[ \t_-]+(?:ou|team|department|dept|division|unit|org|organisation|organization|group|site|office)\b[^\n]{0,200}$)/my;

/**
 * A request whose target field is a whole directory unit or group: an offboarding request is about
 * one person, and an OU or a group in the field that names who is acted on selects all its members.
 * Not a finding: a person's distinguished name ("user: CN=Jan Berg,OU=Sales,DC=…", which starts with
 * the person), the leaver's groups listed under "groups:" (they are removed from them, not acted on).
 */
export function detectScopeField(text: string): DetectorHit[] {
  const set = scopeSet(text);
  if (set !== null) return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: set.index, end: set.index + set[0].length, reason: "the field naming who is acted on holds a whole team, unit or everyone, not the leaver" }];
  const key = text.includes("_to_") ? groupKey(text) : null;
  if (key !== null) return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: key.index, end: key.index + key[0].length, reason: "a field applies the request to a whole group or team, not the leaver" }];
  if (!quick(text)) return [];
  SCOPE_FIELD.lastIndex = 0;
  const m = SCOPE_FIELD.exec(text);
  if (m !== null) return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: m.index, end: m.index + m[0].length, reason: "the field naming who is acted on holds a directory unit or a group, not the leaver" }];
  return [];
}

/**
 * A record's key that extends the request to a group with a value: '"apply_to_group": "All-Night-Shift-Coordinators"',
 * "applies_to_team: night-shift" (training author t56). Tried only on texts with "_to_".
 */
const GROUP_KEY = /["']?(?:apply|applies|extend|extends)_to_(?:group|groups|team|teams|ou|department|dl)["']?[ \t]*[:=][ \t]*["'[]?[ \t]*[^\s"',\]}]/g;
function groupKey(text: string): RegExpExecArray | null {
  GROUP_KEY.lastIndex = 0;
  return GROUP_KEY.exec(text);
}

/** What may stand before the key on its line: up to eight of " \t>*-", then a quote. */
const isLead = (c: number) => c === 0x20 || c === 0x09 || c === 0x3e || c === 0x2a || c === 0x2d || c === 0x22 || c === 0x27;
/** The line terminators after which a multiline "^" matches. */
const isLineEnd = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The first line (in text order) that SCOPE_SET matches from its start, tried only at the lines where "scope" or "target"
 * stands after at most nine lead characters: a multiline regex over the whole text, tried at every position, cost about as
 * much as a detector on a text with either word anywhere. The keys' occurrences are merged in order, so the first line
 * found is the first a whole-text search would find.
 */
function scopeSet(text: string): RegExpExecArray | null {
  let scope = text.indexOf("scope");
  let target = text.indexOf("target");
  while (scope >= 0 || target >= 0) {
    const at = target < 0 || (scope >= 0 && scope < target) ? scope : target;
    let lineStart = at;
    while (lineStart > 0 && at - lineStart < 9 && isLead(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart === 0 || isLineEnd(text.charCodeAt(lineStart - 1))) {
      SCOPE_SET.lastIndex = lineStart;
      const m = SCOPE_SET.exec(text);
      if (m !== null) return m;
    }
    if (at === scope) scope = text.indexOf("scope", scope + 1);
    else target = text.indexOf("target", target + 1);
  }
  return null;
}
