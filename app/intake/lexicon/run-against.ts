/**
 * The offboarding "run against" an address (rules/swap-claim-rules.ts, target.run_against): "please run the deactivation against
 * megan.halvorsen@…", "process the removal against meera.pillai@… instead of Priya's own ID". Six blind authors used it to
 * point the action at another person's account; honest text says it of the leaver's own address, which is then the target
 * (an allowed identity, never OTHER_EMAIL). Entries are normalised like the text (see override.ts).
 */
export const RUN_AGAINST_CONCEPTS = {
  AGAINST: ["against", "gegen", "contre", "contra", "tegen", "przeciwko", "против"],
} as const;
