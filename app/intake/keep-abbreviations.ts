import { tokenAtOffset } from "./token-queries.js";
import { ASCII_CLASS, SEP, WORD_CHAR, type Tokens } from "./tokenize.js";

/** Titles written before a name ("Hr. Brandt", "Dr. Engel", "Mme. Roy", "Engr. Corazon Dizon", "Ing. Novák"): their period ends no sentence. */
export const TITLES: ReadonlySet<string> = new Set(["hr", "hrn", "fr", "frl", "dr", "dra", "drs", "mr", "mrs", "ms", "mme", "mlle", "sr", "sra", "srta", "prof", "engr", "atty", "ing", "dipl", "ir", "capt", "bw", "bi"]);

/**
 * Clears the sentence end after an abbreviation, in place: a title written as one ("Hr." or "Dr." in
 * the raw text, capital then lower case: not "HR." ending "approved by HR."), one capital letter
 * before a capitalised word (French "M. Dupont", an initial: "J. Smith"), or a dotted
 * abbreviation ("z.B.", "e.g."), followed by a space on the same line. Such a period is no sentence
 * end for the rules' barriers ("von der IT-Sicherheit (Hr. Brandt) freigegeben"). Each ". " of the
 * text is looked at once (indexOf); only a candidate's tokens are read.
 */
export function keepAbbreviations(raw: string, text: string, originOf: (i: number) => number, tokens: Tokens): void {
  for (let dot = text.indexOf(". "); dot >= 0; dot = text.indexOf(". ", dot + 2)) {
    // The word before the period: one to four letters a-z.
    let ws = dot;
    while (ws > 0 && dot - ws < 5 && isAsciiLower(text.charCodeAt(ws - 1))) ws--;
    const len = dot - ws;
    if (len === 0 || len > 4 || (ws > 0 && ASCII_CLASS[text.charCodeAt(ws - 1)] === WORD_CHAR)) continue;
    const word = text.slice(ws, dot);
    let keep: boolean;
    if (len === 1 && (ws === 0 || text.charCodeAt(ws - 1) !== 0x2e)) {
      // One capital letter, then a capitalised word: French "M. Dupont", an initial ("J. Smith"), not
      // "plan b. next" in lower case. (A sentence that ends in one capital, "Plan B. Security …", is rare.)
      const at = originOf(ws);
      const head = raw.charCodeAt(at);
      const next = raw.charCodeAt(originOf(dot + 2));
      keep = head >= 0x41 && head <= 0x5a && raw.charCodeAt(at + 1) === 0x2e && next >= 0x41 && next <= 0x5a;
    } else if (TITLES.has(word)) {
      const at = originOf(ws);
      const head = raw.charCodeAt(at);
      const second = raw.charCodeAt(at + 1);
      // "Hr", "Dr", "Mme": a capital, then lower case (a title), not "HR" or "DR" (a team, disaster recovery).
      keep = head >= 0x41 && head <= 0x5a && second >= 0x61 && second <= 0x7a;
    } else {
      // "bzw.", "inkl.", the last letters of "z.B.", "e.g.", "p.ex.": never a sentence end.
      keep = word === "bzw" || word === "inkl" || (len <= 2 && ws >= 2 && text.charCodeAt(ws - 1) === 0x2e && isAsciiLower(text.charCodeAt(ws - 2)) && (ws < 3 || ASCII_CLASS[text.charCodeAt(ws - 3)] !== WORD_CHAR));
    }
    if (!keep) continue;
    const i = tokenAtOffset(tokens, dot + 1);
    if (i > 0 && i < tokens.count && tokens.ends[i - 1] === dot) tokens.sep[i] = (tokens.sep[i] ?? 0) & ~SEP.sentence;
  }
}
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
