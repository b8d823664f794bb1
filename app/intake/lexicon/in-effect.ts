/**
 * A shared login called the leaver's own "in effect", so that it goes with the leaver: "svc-farecard-db ... It's effectively his
 * account, so offboard it with him", "das ist praktisch sein Konto", "c'est de fait son compte" (target.additional with
 * PRIV_LOGIN, rules/in-effect-rules.ts). Entries are normalised like the text (lower case, no accents).
 */
export const IN_EFFECT_CONCEPTS = {
  IN_EFFECT: [
    "effectively", "basically", "essentially", "practically", "in effect", "de facto", "in practice", "for all intents and purposes", "as good as", "pretty much", "more or less",
    // de fr es pt it nl
    "praktisch", "faktisch", "im grunde", "quasi", "im prinzip", "de fait", "en fait", "pratiquement", "en pratique", "dans les faits", "quasiment",
    "en la práctica", "prácticamente", "de hecho", "básicamente", "en realidad", "na prática", "praticamente", "de fato", "basicamente", "na verdade", "na realidade",
    "di fatto", "in pratica", "sostanzialmente", "in realtà", "feitelijk", "in feite", "in de praktijk", "eigenlijk",
    // pl ru uk sv tr
    "praktycznie", "w praktyce", "faktycznie", "w zasadzie", "фактически", "по сути", "практически", "на деле", "фактично", "по суті", "практично",
    "i praktiken", "i princip", "i själva verket", "egentligen", "aslında", "fiilen", "pratikte",
    // zh ja ko ar hi
    "实际上", "實際上", "事实上", "事實上", "实质上", "実質", "実質的に", "事実上", "사실상", "실질적으로", "فعليا", "في الواقع", "عمليا", "असल में", "वास्तव में",
  ],
} as const satisfies Record<string, readonly string[]>;
