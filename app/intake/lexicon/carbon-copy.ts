/**
 * A copy of mail put to an address, the "cc" or "bcc" of a mail header or the request for one: "cc everything to x@", "put x@
 * in cc on all her threads", "Bcc: x@", "x@ in CC setzen", "mettez x@ en copie", "抄送给 x@". An address so named receives
 * mail (extract-fields.ts: a destination, never the target), and one outside the organisation copied on all of the leaver's
 * mail is exfiltration (rules/exfil-rules.ts). Entries are normalised like the text (see override.ts).
 */
export const CARBON_COPY_CONCEPTS = {
  CARBON_COPY: [
    // en: the header word and the verb ("cc", "bcc", "cc'd"), and the copy named ("in cc", "as bcc", "in copy", "blind copy").
    "cc", "bcc", "cc'd", "bcc'd", "cc'ing", "in cc", "in bcc", "as cc", "as bcc", "in copy", "carbon copy", "blind copy", "blind carbon copy",
    // de fr es pt it nl
    "in kopie", "als kopie", "in blindkopie", "blindkopie", "en copie", "en copie cachée", "copie cachée", "en copia", "en copia oculta", "copia oculta", "cco",
    "em cópia", "em copia", "cópia oculta", "em cópia oculta", "in copia", "in copia nascosta", "copia nascosta", "ccn", "in de cc", "in de bcc",
    // pl ("do wiadomości", its abbreviation "DW:"), sv da nb, ru uk, id ms
    "do wiadomości", "dw", "kopia till", "dold kopia", "kopi til", "skjult kopi", "в копию", "в копии", "скрытую копию", "в копію", "у копію",
    "tembusan", "tembusan ke", "salinan kepada",
    // zh ja ko
    "抄送", "抄送给", "密送", "cc で", "cc に", "bcc で", "bcc に", "참조로", "숨은 참조",
  ],
} as const;
