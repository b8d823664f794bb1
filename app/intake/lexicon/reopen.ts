/**
 * Reopening a review (pressure.skip_review, rules/reopen-rules.ts): "the security review was closed in October, it still
 * holds; proceed without reopening it", "procedete pure senza riaprirla", "sans la rouvrir", "ohne sie erneut zu öffnen".
 * Read only after WITHOUT with security or its review named before or after it. Entries are normalised like the text.
 */
export const REOPEN_CONCEPTS = {
  REOPEN: [
    "reopen", "reopening", "re opening", "re open", "reopening it", "reopen it",
    "riaprirla", "riaprirlo", "riaprire", "riaprendola", "rouvrir", "la rouvrir", "le rouvrir", "réouvrir", "la réouvrir", "reabrirla", "reabrirlo", "reabrir", "reabri la",
    "wieder zu öffnen", "erneut zu öffnen", "neu zu öffnen", "wieder aufzumachen", "wiederzueröffnen", "heropenen", "te heropenen", "opnieuw te openen",
    "ponownego otwierania", "ponownego otwarcia", "ponownie otwierać", "otwierania jej ponownie", "повторного открытия", "повторно открывать", "заново открывать", "повторного відкриття", "повторно відкривати",
    "yeniden açmadan", "tekrar açmadan", "再度開かず", "再オープンせず", "重新打开", "重新开启", "再次打开", "다시 열지 않고", "재오픈하지 않고", "إعادة فتحها", "إعادة فتحه", "إعادة فتح",
    "दोबारा खोले", "फिर से खोले", "återöppna", "öppna den igen", "åpne den igjen", "genåbne", "membukanya kembali", "membuka kembali", "mở lại", "redeschide", "redeschiderea", "znovuotevření", "znovu otevírat",
  ],
} as const;
