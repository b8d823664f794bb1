/**
 * "Do not wait for" as one phrase, where the negation would read as another word elsewhere (Yoruba "má ṣe" is Italian "ma se",
 * "but if"): "ẹ má ṣe dúró de àyẹ̀wò ẹgbẹ́ ààbò" (do not wait for the security team's review), Hausa "kada ku jira", Swahili
 * "msisubiri", Tagalog "huwag nang hintayin" (pressure.skip_review, before the review or its route). Entries are normalised like the text.
 */
export const DONT_WAIT_CONCEPTS = {
  DONT_WAIT_PRE: ["ma se duro de", "ma se duro fun", "kada ku jira", "kar ku jira", "kada a jira", "msisubiri", "usisubiri", "bila kusubiri", "huwag nang hintayin", "huwag hintayin", "huwag nang maghintay sa"],
} as const;
