/**
 * Security's involvement, as a noun or a verb: "without the usual security-team involvement", "without involving
 * security", "sin la intervención del equipo de seguridad", "ohne Beteiligung der IT-Sicherheit" (pressure.skip_review
 * with WITHOUT and SECURITY; lexicon/authority.ts has SECURITY). Entries are normalised like the text (lower case, no accents).
 */
export const INVOLVEMENT_CONCEPTS = {
  INVOLVEMENT: [
    "involvement", "involving", "being involved", "getting involved",
    // es fr de pt it nl
    "intervención", "participación", "involucrar", "intervention", "implication", "impliquer", "beteiligung", "einbeziehung", "einbindung", "beteiligen", "einzubeziehen", "hinzuzuziehen",
    "envolvimento", "intervenção", "envolver", "coinvolgimento", "coinvolgere", "intervento", "betrokkenheid", "tussenkomst", "betrekken", "te betrekken",
    // pl ru uk tr sv da nb
    "udziału", "zaangażowania", "angażowania", "участия", "привлечения", "вмешательства", "участі", "залучення", "втручання",
    "müdahalesi", "katılımı", "dahil etmeden", "inblandning", "medverkan", "involvera", "involvering", "inddragelse",
    // zh ja ko ar hi
    "参与", "介入", "関与", "관여", "개입", "تدخل", "مشاركة", "إشراك", "भागीदारी", "हस्तक्षेप",
  ],
  /** Sent without it, the "without" in the verb (Turkish, Japanese, Korean, Hindi): "güvenlik ekibine göndermeden", "セキュリティに回さずに". */
  SEND_WITHOUT: ["göndermeden", "iletmeden", "yönlendirmeden", "送らずに", "回さずに", "提出せずに", "보내지 않고", "올리지 않고", "भेजे बिना", "भेजें बिना"],
} as const;
