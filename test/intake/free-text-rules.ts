import { runFreeTextIntake } from "../../app/intake/run-free-text-intake.js";

/** The clock the intake tests read free text at (a fixed instant: dates like "today" resolve the same way every run). */
export const NOW = Date.UTC(2026, 10, 25, 12);
/** The requester every free-text intake test sends as. */
export const REQUESTER = "hr.ops@example.com";

/** The rule ids of the findings a free text gets through the whole free-text intake, with no model. */
export async function rulesOf(text: string): Promise<string[]> {
  return (await runFreeTextIntake(text, { requester: REQUESTER, now: NOW, llm: null })).findings.map((f) => f.rule);
}
