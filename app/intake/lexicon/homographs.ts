/**
 * A word of one language that is another word in a neighbour's (mask-homographs.ts drops the concept hit it would
 * otherwise make). Entries are normalised like the text (lower case, no accents); a trailing `*` makes a prefix.
 */
export const HOMOGRAPH_CONCEPTS = {
  /**
   * Swedish, Norwegian and Danish "sin", the reflexive possessive (his, her, its own), before the noun or adjective it
   * belongs to: "säkerhetsavdelningen gör sin vanliga granskning", "lederen har gitt sin godkjenning", "chefen har
   * givet sin godkendelse". Spanish "sin" is "without" (WITHOUT), which these are not. Only words that are no Spanish
   * ("sin revision" is Swedish and Spanish alike, so it is not here; "kontroll" but not "control").
   */
  SIN_POSSESSIVE: [
    "sin vanlig*", "sin vanlige", "sin sedvanlig*", "sin sædvanlig*", "sin normala", "sin normale", "sin ordinarie", "sin ordinære", "sin ordinaere",
    "sin egen", "sin granskning", "sin gjennomgang", "sin gennemgang", "sin kontroll", "sin kontrol", "sin bedömning", "sin vurdering", "sin prövning",
    "sin godkjenning", "sin godkendelse", "sin tillatelse", "sin tilladelse", "sin bekräftelse", "sin bekreftelse", "sin bekræftelse",
    "sin chef", "sin chefs", "sin sjef", "sin leder", "sin närmaste", "sin nærmeste", "sin efterträdare", "sin etterfølger", "sin efterfølger", "sin kollega",
    "sin uppsägning", "sin oppsigelse", "sin opsigelse", "sin sista", "sin siste", "sin sidste", "sin anställning", "sin ansettelse", "sin ansættelse",
    "sin arbetsgivare", "sin arbeidsgiver", "sin arbejdsgiver", "sin tjänst", "sin stilling", "sin roll", "sin rolle", "sin dator", "sin telefon", "sin mejl", "sin e post", "sin epost",
  ],
  /**
   * Greek "της", "του", "τους": after a noun the possessive (her, his, their: HER_HIS, "τον λογαριασμό της"), before a name the
   * genitive article ("ο λογαριασμός της Μαρίας", "τις προσβάσεις του κ. Kieran Hughes"), which names someone, not the leaver's own
   * (mask-greek-article.ts).
   */
  GREEK_ARTICLE: ["της", "του", "τους"],
  /** Greek titles written before a name: "κ." (Mr, Ms), "κα", "κας", "κου", "δρ", "δρα" ("της κ. Deborah Quinn"). */
  GREEK_TITLE: ["κ", "κα", "κας", "κου", "κυρίου", "κυρίας", "δρ", "δρα", "δρος"],
} as const;
