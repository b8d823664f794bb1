/**
 * What makes a contrast of two people a correction (detect-contrast.ts), besides the correction cues of corrections.ts.
 */
export const CONTRAST_CUE_CONCEPTS = {
  /**
   * The "but" of "not X but Y", which makes a contrast of two people a correction with no cue word
   * (detect-contrast.ts): "not Ana Lima but Carla Nunes (x@)", "nicht Jana Weber, sondern Lena Weber
   * (x@)", "inte Erik utan Karin Lindqvist (x@)", "не Ольга Смирнова, а Ирина Петрова (x@)"; and the
   * postpositions that say "not X but" by themselves ("佐藤さんではなく", "김민수 님이 아니라", "Mehmet
   * değil,"). Only read right after a person set aside (NOT_PERSON, NOT_PERSON_AFTER) and right before
   * another given with an address. Entries are normalised like the text (lower case, no accents).
   */
  CONTRAST_BUT: [
    "but", "but rather", "but instead", "sondern", "sino", "sino que", "mais", "mais plutot", "mas", "mas sim", "e sim", "ma", "bensi", "maar", "utan", "men",
    "tylko", "lecz", "ale", "а", "но", "але", "ama", "fakat", "tapi", "tetapi", "melainkan", "namun", "بل", "وإنما", "وانما", "ولكن", "लेकिन", "बल्कि",
    "而是", "ではなく", "じゃなく", "じゃなくて", "でなく", "가 아니라", "이 아니라", "아니라", "değil", "ci", "hanem", "vaan", "mutta",
  ],
  /**
   * A typo owned up to ("small typo:", "Tippfehler", "petite coquille", "опечатка", "오타"): cues a contrast of two people
   * (detect-contrast.ts) as MISTAKE_CUE does, and nothing else (a typo fix that keeps the approval is HR's own slip).
   */
  TYPO_CUE: [
    "typo", "typos", "small typo", "misspel*", "misspelt", "spelling mistake", "spelling error", "spelling slip",
    "tippfehler", "vertipper", "schreibfehler", "coquille", "faute de frappe", "faute d orthographe", "errata", "error tipografico", "error de tipeo", "error de escritura",
    "erro de digitacao", "erro de grafia", "refuso", "errore di battitura", "typefout", "tikfout", "schrijffout", "literówka", "literówkę", "опечатка", "опечатку", "описка", "описку", "одруківка",
    "yazım hatası", "誤字", "打错字", "打錯字", "笔误", "筆誤", "오타", "خطأ مطبعي", "خطا مطبعي", "टाइपो", "वर्तनी की गलती", "stavfel", "skrivfel", "salah ketik", "salah tulis", "kirjoitusvirhe", "slåfejl", "skrivefeil", "preklep", "překlep",
  ],
} as const satisfies Record<string, readonly string[]>;
