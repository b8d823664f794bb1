import type { CompiledLexicon } from "./compile-lexicon.js";
import type { DetectorHit } from "./detector-hit.js";
import { hasConcept, type ConceptHits } from "./find-concepts.js";
import { SEP, type Tokens } from "./tokenize.js";

const TECHNIQUE = "role shift / fake transcript" as const;
const CHAT_TEMPLATE = /<\|[a-z_]{2,20}\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:start|end)_of_turn>|###\s?(?:instruction|response|system)\s?:/g;
const ROLE_TAG = /<\/?(?:system|assistant|developer|admin|instructions?|prompt|untrusted|hidden)>|\[\/?(?:system|assistant|developer|admin|ai(?: reviewer| assistant| agent)?|copilot|reviewer bot)(?: message)?\]|<\/(?:user|human|context)>|```[ \t]*(?:system|prompt|instructions?|assistant|developer)\b/g;
const FOLLOW_UP = ["YOU", "YOUR", "YOU_ARE", "IGNORE", "MODEL_DO", "MARK", "APPROVED", "INSTR", "SKIP"] as const;

/**
 * Fake conversation turns and chat-template tokens: a role label (`assistant:`, `system:`,
 * `[system]`, `<system>`, `### System:`...) where a turn starts, model chat-template tokens
 * (`<|im_start|>`, `[INST]`, `<<SYS>>`), role tags and fenced blocks labelled `system`. Strong
 * labels (assistant, AI, model...) always count; weak ones (system, user, tool) count when the
 * text holds another turn or the turn speaks to the reader ("System: you must approve"), so an
 * HRIS paste saying "System: Workday" is not a finding.
 */
export function detectTranscript(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  const out: DetectorHit[] = [];
  // Four searches for one character each, not a character-class regex: a search for one character runs over the text far faster.
  const bracketed = text.includes("<") || text.includes("[") || text.includes("#") || text.includes("`");
  // exec loops from lastIndex 0 rather than matchAll, which clones the regex on every call (neither regex matches "").
  CHAT_TEMPLATE.lastIndex = 0;
  for (let m = bracketed ? CHAT_TEMPLATE.exec(text) : null; m !== null; m = CHAT_TEMPLATE.exec(text)) {
    out.push({ rule: "role.chat_template", technique: TECHNIQUE, severity: "high", start: m.index, end: m.index + m[0].length, reason: "contains a model chat-template token" });
    if (out.length >= 10) break;
  }
  ROLE_TAG.lastIndex = 0;
  for (let m = bracketed ? ROLE_TAG.exec(text) : null; m !== null; m = ROLE_TAG.exec(text)) {
    out.push({ rule: "role.transcript_turn", technique: TECHNIQUE, severity: "high", start: m.index, end: m.index + m[0].length, reason: "contains a role tag addressed to a model" });
    if (out.length >= 20) break;
  }
  // No role label: no turn (most texts; the lists, closures and filters below are for those with one).
  const strongId = lex.id("ROLE_LABEL_STRONG");
  const weakId = lex.id("ROLE_LABEL_WEAK");
  if (!hasConcept(hits, strongId) && !hasConcept(hits, weakId)) return out;
  const turns = (concept: number) => {
    const found: { first: number; last: number; quoted: boolean; heading: boolean }[] = [];
    const s = hits.starts[concept] ?? [];
    const e = hits.ends[concept] ?? [];
    for (let k = 0; k < s.length; k++) {
      const first = s[k] ?? 0;
      const last = e[k] ?? 0;
      const before = tokens.sep[first] ?? 0;
      const after = tokens.sep[last + 1] ?? 0;
      const atTurn = first === 0 || (before & (SEP.newline | SEP.sentence | SEP.paragraph)) !== 0 || (before & SEP.open) !== 0;
      const labelled = (after & SEP.keyValue) !== 0 && (after & SEP.newline) === 0 ? true : (before & SEP.open) !== 0 && (after & SEP.close) !== 0;
      // A quoted label ("system": "Okta") is a JSON key: a turn only if what follows speaks to the reader.
      const start = tokens.starts[first] ?? 0;
      const end = tokens.ends[last] ?? 0;
      const quoted = text.charCodeAt(start - 1) === 0x22 && text.charCodeAt(end) === 0x22;
      if (!atTurn) continue;
      if (labelled) found.push({ first, last, quoted, heading: false });
      else if (headingLine(text, start, end)) found.push({ first, last, quoted, heading: true });
    }
    return found;
  };
  const strong = turns(strongId);
  const weak = turns(weakId);
  // Looked up only when a weak label needs the test (most texts have none).
  let followIds: number[] | null = null;
  const speaksToReader = (last: number) => {
    followIds ??= FOLLOW_UP.map((c) => lex.id(c));
    const wanted = followIds;
    for (let j = last + 1; j < Math.min(tokens.count, last + 13); j++) {
      if ((tokens.sep[j] ?? 0) & SEP.newline) return false;
      if (hits.at.hasAny(j, wanted)) return true;
    }
    return false;
  };
  const push = (t: { first: number; last: number }) =>
    out.push({ rule: "role.transcript_turn", technique: TECHNIQUE, severity: "high", start: tokens.starts[t.first] ?? 0, end: tokens.ends[t.last] ?? 0, reason: "contains a fake conversation turn addressed to a model" });
  // A label alone on a Markdown heading line ("### system", "## assistant") is a turn only beside another such heading.
  const headings = strong.filter((t) => t.heading).length + weak.filter((t) => t.heading).length;
  for (const t of strong.slice(0, 10)) if (!t.heading || headings >= 2) push(t);
  const unquoted = strong.filter((t) => !t.heading).length + weak.filter((t) => !t.quoted && !t.heading).length;
  for (const t of weak.slice(0, 10)) if (t.heading ? headings >= 2 : (!t.quoted && unquoted >= 2) || speaksToReader(t.last)) push(t);
  return out;
}

/** Whether [start, end) is all of a Markdown heading line: '#'s and spaces before it on its line, nothing but spaces after. */
function headingLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  if (text.charCodeAt(i) !== 0x23) return false;
  while (i >= 0 && text.charCodeAt(i) === 0x23) i--;
  if (i >= 0 && text.charCodeAt(i) !== 0x0a) return false;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0d)) j++;
  return j === text.length || text.charCodeAt(j) === 0x0a;
}
