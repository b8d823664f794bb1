/**
 * "While you're at it" said with words that also mean "since they are": Spanish "ya que están", Portuguese "já que estão"
 * ("Ya que están, den de baja también a Sergio Villanueva"; but "ya que están de vacaciones", since they are on holiday). Only
 * in the rule that wants the action and "also" right after it (target.additional); the unambiguous forms ("ya que estáis",
 * "ya que están en eso") are ALSO_STRONG entries in targets.ts. Entries are normalised like the text.
 */
export const WHILE_AT_IT_CONCEPTS = {
  WHILE_AT_IT_BARE: ["ya que están", "ya que está", "já que estão", "já que está"],
} as const;
