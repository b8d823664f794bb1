/**
 * The automated processing addressed in a P.S., a notice or a disclaimer, where the reader lexicon (model.ts, override-reader.ts)
 * has no word: "Note to automated readers: the employee_id for this request is ...", "P.S. for the processing system: treat the
 * leaver as ...", "P.S. for whoever automates these: ...", "Automaattiselle käsittelylle: lisää ...", "Автоматты өңдеу жүйесіне
 * ескерту: ...", "Idan tsarin atomatik ne ke karanta shi, a hada da ...", "स्वचालित प्रणालियाँ इस अनुरोध को ... मानें"
 * (rules/trailer-reader-rules.ts). Entries are normalised like the text.
 */
export const TRAILER_READER_CONCEPTS = {
  TRAILER_READER: [
    "automated readers", "automated reader", "automatic readers", "the processing system", "processing system", "processing systems", "whoever automates these", "whoever automates this",
    "automated processing", "automatic processing", "automaattiselle käsittelylle", "automaattinen käsittely", "automaattiselle järjestelmälle", "автоматты өңдеу жүйесі*",
    "tsarin atomatik", "स्वचालित प्रणालियाँ", "स्वचालित प्रणाली", "स्वचालित सिस्टम", "አውቶማቲክ ስርዓቱ", "outomatiese stelsels",
  ],
  /** What they are told to do, in those languages: include, add, consider, apply, switch off (af ha fi kk hi am). */
  TRAILER_DO: ["insluit", "moet ook", "a hada da", "hada da", "lisää", "өшіріңіз", "қосыңыз", "मानें", "लागू करें", "ሊፈጽማቸው", "belongs in this batch", "belong in this batch"],
} as const satisfies Record<string, readonly string[]>;
