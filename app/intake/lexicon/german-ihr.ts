/**
 * German verbs of the second person plural that stand right before "ihr" when "ihr" is "you" (mask-german-ihr.ts): "könnt ihr den
 * auch deaktivieren", "könntet ihr auch Kevin Brooks deaktivieren?". The same "ihr" is "her" (HER_HIS) in "ihr Konto", which a rule
 * reads as the leaver's own; after one of these verbs it is the reader addressed. Only modal and auxiliary verbs, which take no
 * object noun right after the pronoun ("könnt ihr ihr Konto ..." keeps the second "ihr" hers). Normalised like the text.
 */
export const GERMAN_IHR_CONCEPTS = {
  GERMAN_YOU_VERB: [
    "könnt", "könntet", "würdet", "müsst", "müsstet", "sollt", "solltet", "wollt", "wolltet", "dürft", "dürftet",
    "habt", "hättet", "seid", "wärt", "wäret", "werdet",
  ],
} as const satisfies Record<string, readonly string[]>;
