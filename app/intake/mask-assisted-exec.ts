import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import { EXEC_LINKERS } from "./lexicon/assisted-exec.js";
import type { Tokens } from "./tokenize.js";

const EXEC_CONCEPTS = ["EXEC", "EXEC_TITLE"] as const;

/**
 * Drops the EXEC and EXEC_TITLE hits of an executive named inside an assistant's job title (lexicon/assisted-exec.ts):
 * right after ASSISTANT_OF ("Executive Assistant to the Chief Operating Officer", "Assistentin des Vorstandsvorsitzenden",
 * "помощник генерального директора") or right before ASSISTANT_POST, a possessive word between allowed ("the CEO's
 * assistant", "CEO助理", "CEO'nun asistanı"). The leaver is the assistant; the executive named elsewhere ("also disable
 * the COO's account") keeps its hit. Cheap on texts it does not apply to: presence bits tested.
 */
export function maskAssistedExec(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  if (!anyExec(lex, hits)) return;
  const ids = EXEC_CONCEPTS.map((c) => lex.id(c)).filter((c) => hasConcept(hits, c));
  const of = lex.id("ASSISTANT_OF");
  const post = lex.id("ASSISTANT_POST");
  const spans: Array<[number, number]> = [];
  if (hasConcept(hits, of)) for (const e of hits.ends[of] ?? []) execStartingAt(hits, ids, e + 1, spans);
  if (hasConcept(hits, post)) {
    for (const q of hits.starts[post] ?? []) {
      execEndingAt(hits, ids, q - 1, spans);
      if (q >= 2 && EXEC_LINKERS.has(tokens.keys[q - 1] ?? "")) execEndingAt(hits, ids, q - 2, spans);
    }
  }
  if (spans.length === 0) return;
  const drop: Array<[number, number]> = [];
  for (const c of ids) for (const s of hits.starts[c] ?? []) if (spans.some(([from, to]) => s >= from && s <= to)) drop.push([c, s]);
  for (const [c, s] of drop) removeHitsAt(hits, c, s);
}

/** Adds the span of the executive hits starting at token p (to the furthest end among them). */
function execStartingAt(hits: ConceptHits, ids: readonly number[], p: number, spans: Array<[number, number]>): void {
  let end = -1;
  for (const c of ids) {
    const starts = hits.starts[c] ?? [];
    for (let k = 0; k < starts.length; k++) if (starts[k] === p) end = Math.max(end, hits.ends[c]![k]!);
  }
  if (end >= 0) spans.push([p, end]);
}

/** Adds the span of the executive hits ending at token q (from the earliest start among them). */
function execEndingAt(hits: ConceptHits, ids: readonly number[], q: number, spans: Array<[number, number]>): void {
  let start = -1;
  for (const c of ids) {
    const ends = hits.ends[c] ?? [];
    for (let k = 0; k < ends.length; k++) if (ends[k] === q && (start < 0 || hits.starts[c]![k]! < start)) start = hits.starts[c]![k]!;
  }
  if (start >= 0) spans.push([start, q]);
}

/** Whether the text has a hit of an executive concept: tested first, without the two lists made for the texts that have one (few). */
function anyExec(lex: CompiledLexicon, hits: ConceptHits): boolean {
  for (let k = 0; k < EXEC_CONCEPTS.length; k++) if (hasConcept(hits, lex.id(EXEC_CONCEPTS[k]!))) return true;
  return false;
}
