import type { Tokens } from "./tokenize.js";
import type { DetectorHit } from "./detector-hit.js";
import { WordColumn } from "./word-ids.js";

/**
 * Markers that survive any splitting: the text's Latin letters with everything else removed and
 * leetspeak digits read as letters ("I g n 0 r e   a l l . p r e v i o u s" → "ignoreallprevious…").
 * Only long, unambiguous markers, so benign text never spells one by accident.
 */
const MARKERS = [
  "ignoreallpreviousinstructions", "ignorepreviousinstructions", "ignoreallpriorinstructions", "ignorepriorinstructions", "ignoretheaboveinstructions", "ignoreallaboveinstructions",
  "ignoreyourinstructions", "ignoreyourpreviousinstructions", "ignoreallinstructions", "ignoreallrules", "ignorethesystemprompt", "ignoreyoursystemprompt", "ignoreallpreviousrules",
  "disregardallpreviousinstructions", "disregardpreviousinstructions", "disregardallprior", "disregardyourinstructions", "disregardtheaboveinstructions",
  "forgetallpreviousinstructions", "forgetpreviousinstructions", "forgetyourinstructions", "forgeteverythingabove",
  "overrideyourinstructions", "overrideallpreviousinstructions", "newsysteminstructions", "newsystemprompt", "developermodeenabled", "enterdevelopermode",
  "securityhasalreadyapproved", "alreadyapprovedbysecurity", "preapprovedbysecurity", "noneedforsecurityreview", "skipsecurityreview", "bypasssecurityreview", "bypassthesecurityreview",
  "skipthehumanreview", "skiphumanreview", "bypasshumanreview", "bypasstheapproval", "bypassapproval", "withoutsecurityreview", "youarenowtheapprover", "youarenowanadmin", "approvednoreview", "noreviewneeded", "noreviewrequired",
] as const;
/**
 * Verb + object markers for review and approval ("d-i-s-r-e-g-a-r-d the appro val", "i g n o r e
 * t h e r e v i e w"): every verb with every object, with and without a determiner.
 */
const VERBS = ["ignore", "disregard", "bypass", "skip", "circumvent", "override", "forget"];
const DETERMINERS = ["", "the", "all", "any", "your", "this"];
const OBJECTS = ["review", "reviewstep", "approval", "approvalrequirement", "approvals", "securitycheck", "securityreview", "securityteam", "humanreview", "policy", "policycheck", "hitl", "twopersonrule", "fourpersonrule", "reviewer", "reviewers", "safetychecks"];
const COMPOSED = VERBS.flatMap((v) => DETERMINERS.flatMap((d) => OBJECTS.map((o) => `${v}${d}${o}`)));
const ALL_MARKERS = [...new Set([...MARKERS, ...COMPOSED])].sort((a, b) => b.length - a.length);
/** Markers are at least this long ("skiphitl"); their first PREFIX letters pick the few candidates at a position. */
const PREFIX = Math.min(...ALL_MARKERS.map((m) => m.length));
/** The first four letters of the markers (23): one indexOf pass per anchor. */
const ANCHORS: readonly string[] = [...new Set(ALL_MARKERS.map((m) => m.slice(0, 4)))];
/**
 * For each anchor, its markers by their next letters (up to the first PREFIX letters, at most ten
 * in all) packed into a small integer (5 bits a letter, a = 1), longest first: a text full of one
 * anchor ("ignore ignore …") costs one look-up per occurrence, without a string made of the letters.
 */
const KEY = Math.min(PREFIX, 10) - 4;
function packLetters(letters: Uint8Array, at: number): number {
  let key = 0;
  for (let k = 0; k < KEY; k++) key = key * 32 + (letters[at + k]! - 0x60);
  return key;
}
const BY_ANCHOR: readonly ReadonlyMap<number, readonly string[]>[] = ANCHORS.map((anchor) => {
  const byKey = new Map<number, string[]>();
  for (const marker of ALL_MARKERS) {
    if (!marker.startsWith(anchor)) continue;
    const key = packLetters(new Uint8Array(Buffer.from(marker, "latin1")), 4);
    byKey.set(key, [...(byKey.get(key) ?? []), marker]);
  }
  return byKey;
});
/** Short words of real text (en, de, fr, es, pt, it, nl, pl) that are not fragments of a split word. */
const COMMON_SHORT = new Set("a i o e y u to of in on at is it be by or as an we he me my do no so up us if am go ok the and for you are not but all any can her was one our out day get has him his how its may new now old see two way who did let put say she too use per via re cc hr it pm am yes via mr ms dr eod asap fyi pto der die das und ist den dem ein eine zu im mit von auf für bei le la les de du des et un une en au aux ce il elle se sa son ses par pas qui que el los las del por con su y lo al da do dos das em um uma os na no ao het een van op te met dat niet ich sie wir er es ja nie się w z na do i o że to jak date last days team from this that with have will your been also just only than them then they what when very well much some such over into more most like made make they dana sam tom lee ana ben eng ops it's com org net www id hi ai api aws ceo cto cfo coo cio ok pre end set off log key dia sso vpn mfa ssh git pr eu uk us nyc sf la ny gmt utc cet est pst".split(" "));
/** The squashed letter of each ASCII character: a small letter itself, a leetspeak digit or sign its letter, anything else 0 (dropped). */
const SQUASHED = Uint8Array.from({ length: 128 }, (_, c) => (c >= 0x61 && c <= 0x7a ? c : 0));
for (const [digit, letter] of Object.entries({ "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "l" })) SQUASHED[digit.charCodeAt(0)] = letter.charCodeAt(0);

/**
 * Runs only when the text has fragments (three or more short non-words, single letters, or words
 * mixing letters and leetspeak digits): ordinary prose never spells a marker once squashed
 * without them, and the phrase rules see it whole.
 */
export function detectSquashed(text: string, tokens: Tokens): DetectorHit[] {
  let fragments = 0;
  for (let i = 0; i < tokens.count && fragments < 3; i++) if (FRAGMENTS.of(tokens, i)) fragments++;
  if (fragments < 3) return [];
  const { letters, n, occurrences } = squash(text);
  const found: { at: number; marker: string }[] = [];
  // Anchor by anchor, each left to right, skipping past a marker once found (at most 10 in all).
  for (let a = 0; a < ANCHORS.length && found.length < 10; a++) {
    // An index loop over the anchors that occur (most of the 23 do not): a for-of over `?? []`
    // made an empty list and an iterator per anchor, most of what this detector allocated.
    const list = occurrences[a];
    let from = 0;
    for (let k = 0; list !== undefined && k < list.length; k++) {
      const at = list[k]!;
      if (found.length >= 10) break;
      if (at < from) continue;
      const marker = BY_ANCHOR[a]?.get(packLetters(letters, at + 4))?.find((m) => spells(letters, n, at, m));
      if (marker === undefined) continue;
      found.push({ at, marker });
      from = at + marker.length;
    }
  }
  if (found.length === 0) return [];
  // Offsets back into the text, for the hits only, in one more pass over the text.
  const origin = originsOf(text, found.flatMap((f) => [f.at, f.at + f.marker.length - 1]));
  return found.flatMap(({ at, marker }) => {
    const start = origin.get(at) ?? text.length;
    const end = (origin.get(at + marker.length - 1) ?? text.length - 1) + 1;
    // Written as whole words ("ignore previous instructions I gave about the laptop"), the marker is
    // the phrase rules' to judge, with the context they weigh; this detector is for split spellings.
    const words = text.slice(start, end).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
    return words.length > 1 && !words.some(isFragment) ? [] : [{
    rule: "split.squashed_marker",
    technique: "split instruction",
    severity: "high",
    start,
    end,
    reason: `spells "${marker}" once spacing, punctuation and look-alike digits are removed`,
    }];
  });
}

/** Anchors (first four letters) by their letters packed into one number, and which letter pairs start one. */
const packed = (a: number, b: number, c: number, d: number) => (a << 21) | (b << 14) | (c << 7) | d;
const ANCHOR_INDEX: ReadonlyMap<number, number> = new Map(ANCHORS.map((a, i) => [packed(a.charCodeAt(0), a.charCodeAt(1), a.charCodeAt(2), a.charCodeAt(3)), i]));
/**
 * Per first letter (a = 1), a bit for each second letter that starts an anchor with it: squashed
 * letters are all a-z, so 27 words hold every pair (a byte per pair of ASCII codes took 16 KB, read
 * at scattered places, for the squash of every text that passed the gate).
 */
const ANCHOR_PAIRS = new Int32Array(27);
for (const a of ANCHORS) ANCHOR_PAIRS[a.charCodeAt(0) - 0x60]! |= 1 << (a.charCodeAt(1) - 0x60);

/**
 * The squashed letters of the text, and where each anchor starts in them (per anchor, ascending),
 * in one pass: the last four letters are kept packed into one number, and a pair table passes
 * few positions to the map look-up. (One indexOf pass per anchor cost 23 passes over a long
 * text, and stopped at every occurrence of a common first letter.) Only positions with room for
 * a whole marker (PREFIX letters) can start one.
 */
function squash(text: string): { letters: Uint8Array; n: number; occurrences: (number[] | undefined)[] } {
  const letters = lettersFor(text.length);
  // A list per anchor that occurs (most texts hold none of them).
  const occurrences: (number[] | undefined)[] = [];
  let n = 0;
  let last4 = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 0x80 ? SQUASHED[code]! : 0;
    if (!letter) continue;
    letters[n++] = letter;
    last4 = ((last4 << 7) | letter) & 0xfffffff;
    if (n < 4 || (ANCHOR_PAIRS[(last4 >>> 21) - 0x60]! & (1 << (((last4 >>> 14) & 0x7f) - 0x60))) === 0) continue;
    const index = ANCHOR_INDEX.get(last4);
    if (index === undefined) continue;
    const list = occurrences[index];
    if (list === undefined) occurrences[index] = [n - 4];
    else list.push(n - 4);
  }
  // Anchors too close to the end for a whole marker start none.
  for (const list of occurrences) while (list !== undefined && list.length > 0 && list[list.length - 1]! + PREFIX > n) list.pop();
  return { letters, n, occurrences };
}

/**
 * A buffer for the squashed letters of a text of `length` code units: for a text of up to
 * SCRATCH_LETTERS, one kept across calls (scans are synchronous, and only the first n letters,
 * written by this call, are ever read): a typed array over 64 bytes is allocated outside the heap,
 * a fixed cost most short texts paid on every scan. Longer texts get their own (the kept one stays small).
 */
const SCRATCH_LETTERS = 1 << 16;
let scratchLetters = new Uint8Array(1024);
function lettersFor(length: number): Uint8Array {
  if (length > SCRATCH_LETTERS) return new Uint8Array(length);
  if (scratchLetters.length < length) scratchLetters = new Uint8Array(Math.min(SCRATCH_LETTERS, Math.max(length, 2 * scratchLetters.length)));
  return scratchLetters;
}

/** Whether the squashed letters spell `marker` at `at` (all of it before `n`). */
function spells(letters: Uint8Array, n: number, at: number, marker: string): boolean {
  if (at + marker.length > n) return false;
  for (let k = 0; k < marker.length; k++) if (letters[at + k] !== marker.charCodeAt(k)) return false;
  return true;
}

/** Text offset of each given letter index of the squashed string (letters counted as detectSquashed keeps them). */
function originsOf(text: string, letterIndices: number[]): Map<number, number> {
  const wanted = [...new Set(letterIndices)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let next = 0;
  let seen = -1;
  for (let i = 0; i < text.length && next < wanted.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || SQUASHED[code] === 0) continue;
    seen++;
    while (next < wanted.length && wanted[next] === seen) out.set(wanted[next++]!, i);
  }
  return out;
}

/** isFragment of each word, by word id (most texts are read to the end without three fragments). */
const FRAGMENTS = new WordColumn((key) => (isFragment(key) ? 1 : 0));

/** A short non-word ("ign", "ore"), or a word mixing letters with leetspeak digits ("1gn0r3"). */
function isFragment(key: string): boolean {
  let letters = 0;
  let leet = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c === 0x30 || c === 0x31 || c === 0x33 || c === 0x34 || c === 0x35 || c === 0x37) leet++;
    else return false;
  }
  return (letters > 0 && leet > 0) || (leet === 0 && key.length <= 4 && !COMMON_SHORT.has(key));
}
