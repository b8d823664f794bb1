/**
 * Security as a place one walks through (mask-security-place.ts): "Visitors may not enter without going through the security
 * gate" is site access, not a review skipped. A place noun swallowed by a review phrase ("security check*" reads
 * "checkpoint", GATE_SECURITY "security gate") is read as the place; "gate" and "office", which also name a step or the team
 * ("bypass the security gate", "without going through the security office"), only in a sentence about coming and going on a
 * site (PHYSICAL_MOVE). Entries are normalised like the text (lower case, no accents); see override.ts for the syntax.
 */
export const SECURITY_PLACE_CONCEPTS = {
  /** Coming onto or leaving a site, and who does (en fr es pt it de nl). */
  PHYSICAL_MOVE: [
    "enter", "enters", "entered", "entering", "walk in", "walks in", "walked in", "walk out", "walks out", "walked out", "get in", "gets in", "got in",
    "come in", "comes in", "came in", "drive in", "drove in", "drive out", "drove out", "on foot", "on site", "onsite", "onto the site", "the site", "the premises",
    "visitor", "visitors", "deliveries", "delivery driver*", "the yard", "entrance", "car park", "parking lot", "the lobby", "leave the building", "left the building",
    "entrer", "visiteur", "visiteurs", "le site", "sur site", "l enceinte", "les locaux",
    "entrar", "visitante", "visitantes", "el recinto", "las instalaciones", "la obra",
    "entrar no", "o recinto", "as instalações", "o canteiro",
    "entrare", "visitatore", "visitatori", "il cantiere", "lo stabilimento",
    "betreten", "besucher", "besucherin", "gelände", "werksgelände", "zufahrt",
    "betreden", "bezoeker", "bezoekers", "het terrein",
  ],
} as const;

/** Place nouns that also name a review step or the security team: read as a place only in a PHYSICAL_MOVE sentence. */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(["gate", "gates", "office"]);
