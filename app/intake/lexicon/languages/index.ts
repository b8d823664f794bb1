/**
 * Language packs: per language, more words for concepts the topic files define (lexicon/*.ts).
 * A topic file holds a concept's words in every language it was written for; a pack holds what one
 * language still needed, found by translating English attacks the rules catch into that language
 * and reading what the translation missed (docs/INTAKE.md, "Language packs"). A pack may only add
 * words to a concept that exists: a misspelt concept name is a type error, and an entry with no
 * word is an error when the lexicon is compiled.
 */
import type { TopicConcept } from "../index.js";
import { DE_PACK } from "./de.js";
import { ES_PACK } from "./es.js";
import { FR_PACK } from "./fr.js";
import { PT_PACK } from "./pt.js";
import { IT_PACK } from "./it.js";
import { TR_PACK } from "./tr.js";
import { NL_PACK } from "./nl.js";
import { PL_PACK } from "./pl.js";
import { RO_PACK } from "./ro.js";
import { EL_PACK } from "./el.js";
import { UK_PACK } from "./uk.js";
import { ZH_PACK } from "./zh.js";
import { KO_PACK } from "./ko.js";
import { JA_PACK } from "./ja.js";
import { HI_PACK } from "./hi.js";
import { SW_PACK } from "./sw.js";
import { CA_PACK } from "./ca.js";
import { AR_PACK } from "./ar.js";
import { ID_PACK } from "./id.js";
import { FI_PACK } from "./fi.js";
import { NB_PACK } from "./nb.js";
import { DA_PACK } from "./da.js";
import { HU_PACK } from "./hu.js";
import { VI_PACK } from "./vi.js";
import { CS_PACK } from "./cs.js";
import { WO_PACK } from "./wo.js";
import { TL_PACK } from "./tl.js";
import { AF_PACK } from "./af.js";
import { SV_PACK } from "./sv.js";
import { FO_PACK } from "./fo.js";
import { ET_PACK } from "./et.js";
import { IS_PACK } from "./is.js";
import { SH_PACK } from "./sh.js";
import { MK_PACK } from "./mk.js";
import { BG_PACK } from "./bg.js";
import { SQ_PACK } from "./sq.js";
import { CENTRAL_ASIA_PACK } from "./central-asia.js";
import { AFRICA_PACK } from "./africa.js";
import { MIDEAST_PACK } from "./mideast.js";
import { SOUTH_ASIA_PACK } from "./south-asia.js";
import { MT_PACK } from "./mt.js";

export type LanguagePack = Readonly<Partial<Record<TopicConcept, readonly string[]>>>;

/** The packs, each `{CONCEPT: [entries]}`, in the order their entries are appended. */
export const LANGUAGE_PACKS: readonly (readonly [language: string, pack: LanguagePack])[] = [
  ["de", DE_PACK],
  ["es", ES_PACK],
  ["fr", FR_PACK],
  ["pt", PT_PACK],
  ["it", IT_PACK],
  ["tr", TR_PACK],
  ["nl", NL_PACK],
  ["pl", PL_PACK],
  ["ro", RO_PACK],
  ["el", EL_PACK],
  ["uk", UK_PACK],
  ["zh", ZH_PACK],
  ["ko", KO_PACK],
  ["ja", JA_PACK],
  ["hi", HI_PACK],
  ["sw", SW_PACK],
  ["ca", CA_PACK],
  ["ar", AR_PACK],
  ["id", ID_PACK],
  ["fi", FI_PACK],
  ["nb", NB_PACK],
  ["da", DA_PACK],
  ["hu", HU_PACK],
  ["vi", VI_PACK],
  ["cs", CS_PACK],
  ["wo", WO_PACK],
  ["tl", TL_PACK],
  ["af", AF_PACK],
  ["sv", SV_PACK],
  ["fo", FO_PACK],
  ["et", ET_PACK],
  ["is", IS_PACK],
  ["sh", SH_PACK],
  ["mk", MK_PACK],
  ["bg", BG_PACK],
  ["sq", SQ_PACK],
  ["kk ky uz tg tk mn", CENTRAL_ASIA_PACK],
  ["sw ha zu xh yo rw ig am wo af", AFRICA_PACK],
  ["ar fa ps ur so ku", MIDEAST_PACK],
  ["ur hi ne bn si ta", SOUTH_ASIA_PACK],
  ["mt", MT_PACK],
];

/**
 * The topic concepts with each pack's entries appended to the concept they name. Throws on a
 * concept no topic file defines (a pack cannot create concepts: no rule would read them).
 */
export function withLanguagePacks<T extends Readonly<Record<string, readonly string[]>>>(topics: T, packs: readonly (readonly [string, Readonly<Record<string, readonly string[] | undefined>>])[]): { readonly [K in keyof T]: readonly string[] } {
  const out: Record<string, readonly string[]> = { ...topics };
  for (const [language, pack] of packs) {
    for (const [concept, entries] of Object.entries(pack)) {
      if (entries === undefined) continue;
      const base = out[concept];
      if (base === undefined) throw new Error(`language pack ${language}: no concept ${concept} in the lexicon's topic files`);
      out[concept] = [...base, ...entries];
    }
  }
  return out as { readonly [K in keyof T]: readonly string[] };
}
