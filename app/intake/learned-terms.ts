import { findEmails, type FoundEmail } from "./detect-identities.js";
import { SEP, type Tokens } from "./tokenize.js";

/** The term that stands for any address: who is named must not count, only how the text reads. */
export const EMAIL_TERM = "@email";
/** The term for any token with a digit (dates, ids, amounts). */
export const NUMBER_TERM = "#num";
/**
 * Between the two terms of a word pair ("skip review": a term right before another in one sentence), as
 * scripts/intake-model/model.py writes the pairs it trains on. No term has a space.
 */
export const PAIR_SEPARATOR = " ";

/**
 * Calls `visit` with each term the learned word weights (learned-score.ts) read, in order, and the
 * token it starts at: the filter's own token keys (normalised, confusables folded, hyphen breaks
 * joined), each address as one EMAIL_TERM and each token with a digit as NUMBER_TERM. The training
 * export (scripts/intake-model/) reads the same terms through `learnedTerms`, so training and
 * scoring see identical terms. Linear: one pass over the addresses and one over the tokens.
 * `emails` are the text's addresses when the caller has found them already (findEmails).
 */
export function forEachLearnedTerm(normalized: string, tokens: Tokens, visit: (term: string, token: number) => void, emails: readonly FoundEmail[] = findEmails(normalized)): void {
  forEachTermStart(tokens, emails, (i) => visit(EMAIL_TERM, i), (i) => visit(wordTerm(tokens.keys[i] ?? ""), i));
}

/**
 * The tokens where the terms start: `address(i)` at the first token of each address (its term is
 * EMAIL_TERM), `word(i)` at every token outside the addresses (its term is wordTerm of its key).
 */
export function forEachTermStart(tokens: Tokens, emails: readonly FoundEmail[], address: (token: number) => void, word: (token: number) => void): void {
  let e = 0;
  let lastEmail = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (e < emails.length) {
      const start = tokens.starts[i] ?? 0;
      while (e < emails.length && emails[e]!.end <= start) e++;
      const email = emails[e];
      if (email !== undefined && start >= email.start) {
        if (lastEmail !== e) address(i); // one term per address, however many tokens
        lastEmail = e;
        continue;
      }
    }
    word(i);
  }
}

/** The term of a token outside an address: NUMBER_TERM when it has a digit, else its key. */
export function wordTerm(key: string): string {
  return hasDigit(key) ? NUMBER_TERM : key;
}

/** Separators that end a sentence for the learned word weights: a sentence end, a line break or a blank line. */
export const SENTENCE_BOUNDARY = SEP.sentence | SEP.paragraph | SEP.newline;

/** The terms of a text, in order (for the training export). */
export function learnedTerms(normalized: string, tokens: Tokens): string[] {
  return learnedSentences(normalized, tokens).terms;
}

/**
 * The terms of a text, in order, and the index of the term each sentence starts at (the first
 * term, then every term after a SENTENCE_BOUNDARY), for the training export.
 */
export function learnedSentences(normalized: string, tokens: Tokens): { terms: string[]; sentences: number[] } {
  const terms: string[] = [];
  const sentences: number[] = [];
  forEachLearnedTerm(normalized, tokens, (term, k) => {
    if (terms.length === 0 || ((tokens.sep[k] ?? 0) & SENTENCE_BOUNDARY) !== 0) sentences.push(terms.length);
    terms.push(term);
  });
  return { terms, sentences };
}

function hasDigit(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
