import { CONCEPTS, SYNTHETIC_CONCEPTS, type Concept } from "./lexicon/index.js";
import { normalizeText } from "./normalize-text.js";
import { tokenize } from "./tokenize.js";

/** One lexicon phrase: the concept it signals and its tokens after the first. */
export interface PhraseEntry {
  concept: number;
  rest: string[];
  /** The last token is a prefix (the entry ended in `*`). */
  lastPrefix: boolean;
}

export interface CompiledLexicon {
  names: readonly Concept[];
  id: (c: Concept) => number;
  /** Entries by their first token (exact). */
  exact: ReadonlyMap<string, PhraseEntry[]>;
  /** Single-token prefix entries by prefix. */
  prefix: ReadonlyMap<string, PhraseEntry[]>;
  /** For the first three characters of a token (as a headKey number): the lengths of prefix entries that start so. */
  prefixHeads: ReadonlyMap<number, readonly number[]>;
}

const MIN_PREFIX = 3;

/**
 * Compiles the concept lexicon: every entry is normalised and tokenised by the same functions as
 * intake text, so an entry written in any script matches that script however it is encoded.
 */
export function compileLexicon(concepts: Readonly<Record<string, readonly string[]>> = CONCEPTS): CompiledLexicon {
  const names = [...Object.keys(concepts), ...SYNTHETIC_CONCEPTS] as Concept[];
  const ids = new Map(names.map((n, i) => [n, i]));
  const exact = new Map<string, PhraseEntry[]>();
  const prefix = new Map<string, PhraseEntry[]>();
  const add = (map: Map<string, PhraseEntry[]>, key: string, e: PhraseEntry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const [name, entries] of Object.entries(concepts)) {
    const concept = ids.get(name as Concept) ?? -1;
    for (const raw of withTransliterations(entries)) {
      const star = raw.endsWith("*");
      const keys = tokenize(normalizeText(star ? raw.slice(0, -1) : raw).text).keys;
      if (star && keys.length > 0) keys[keys.length - 1] = indicStem(keys[keys.length - 1]!);
      const [first, ...rest] = keys;
      if (first === undefined) throw new Error(`lexicon entry "${raw}" of ${name} has no word`);
      const lastPrefix = star && (keys[keys.length - 1]?.length ?? 0) >= MIN_PREFIX;
      if (rest.length === 0 && lastPrefix) add(prefix, first, { concept, rest, lastPrefix: false });
      else add(exact, first, { concept, rest, lastPrefix });
    }
  }
  const prefixHeads = new Map<number, number[]>();
  for (const k of prefix.keys()) {
    const lengths = prefixHeads.get(headKey(k)) ?? [];
    if (!lengths.includes(k.length)) lengths.push(k.length);
    prefixHeads.set(headKey(k), lengths.sort((a, b) => a - b));
  }
  return { names, id: (c) => ids.get(c) ?? -1, exact, prefix, prefixHeads };
}

/**
 * A prefix entry's last word without the vowel signs it ends in, in an Indic script: inflection
 * changes a stem's final vowel ("மதிப்பாய்வு*", review, is "மதிப்பாய்வைத்" as an object;
 * "कर्मचारी*", employee, is "कर्मचाऱ्यांची" in the genitive plural), so the prefix is the stem
 * before it. A virama stays: "தவிர்*" (skip) is not "தவிர" (except). Never shorter than MIN_PREFIX.
 */
function indicStem(key: string): string {
  let end = key.length;
  while (end > MIN_PREFIX && isIndicVowelSign(key.charCodeAt(end - 1))) end--;
  return end === key.length ? key : key.slice(0, end);
}
const INDIC_MARK = /^\p{M}$/u;
/** A dependent vowel sign, anusvara or visarga of an Indic script (U+0900-U+0DFF): a mark that is not a virama. */
function isIndicVowelSign(cp: number): boolean {
  if (cp < 0x0900 || cp > 0x0dff || !INDIC_MARK.test(String.fromCharCode(cp))) return false;
  // The virama sits at the same place in every Indic block but Sinhala's (al-lakuna, U+0DCA).
  return (cp & 0x7f) !== 0x4d && cp !== 0x0dca;
}

const UMLAUT = /[äöüÄÖÜß]/;
const UMLAUT_ASCII: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

/**
 * The entries, and beside each one written with ä, ö, ü or ß the same entry as German writes it
 * without them ("überspring*" → "ueberspring*", "Sicherheitsprüfung" → "Sicherheitspruefung"): on a
 * keyboard, in an address or a URL without umlauts. Normalisation alone folds "ü" to "u", which
 * matches "uberspringen" but not "ueberspringen".
 */
function withTransliterations(entries: readonly string[]): string[] {
  const out = [...entries];
  for (const e of entries) if (UMLAUT.test(e)) out.push(e.replace(/[äöüÄÖÜß]/g, (c) => UMLAUT_ASCII[c]!));
  return out;
}

/** The first three UTF-16 code units of a key as one number (no string allocation). */
export function headKey(key: string): number {
  return key.charCodeAt(0) * 4294967296 + key.charCodeAt(1) * 65536 + key.charCodeAt(2);
}
