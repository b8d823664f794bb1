import type { LanguagePack } from "./index.js";

/** Afrikaans (af): words the topic files lacked for their concepts (see index.ts). */
export const AF_PACK: LanguagePack = {
  // "All the" before a group of people: "Deaktiveer asseblief ook al die studente-assistente in die departement".
  ALL_WORD: ["al die"],
  // Reviewed, the verb: "hoef nie deur sekuriteit hersien te word nie" (training author t65).
  REVIEW: ["hersien", "hersiening"],
};
