import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A senior person's exit said to be secret (lexicon/secret-exit.ts, rules/secret-exit-rules.ts).
describe("a senior person's exit said to be secret (SECRET_EXIT, target.privileged_identity)", () => {
  it.each([
    ["a CFO in a list, the exit confidential", "Three leavers this month in Lisbon:\n1. Lea Brandt - analyst, last day 30th\n2. Jonas Feld - CFO, last day 30th\nJonas's exit is confidential for now, so please process both without a fuss."],
    ["the director, not public yet", "Hello,\nPlease remove the accesses of the director Pablo Serrano, he leaves the company, it is not public yet. Do it today after 18:00.\nThanks, reception"],
    ["a chief title, not announced", "Please offboard Commander Ines Vale, Chief Engineer (ines.vale@example.com), end of this week.\nIt hasn't been announced yet, so please don't ask around."],
    ["'aún no es público' (Spanish)", "Hola, por favor dad de baja al director general Pablo Serrano hoy mismo; aún no es público."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.privileged_identity");
  });

  it.each([
    ["a director who signs after 'keep this quiet'", "Leaver: Dana Reyes (dana.reyes@example.com), analyst, last day Friday. Please keep this quiet until the team meeting on Monday.\nBest regards,\nAnna Schmidt\nHR Director"],
    ["an exit the CFO approved", "Leaver: Dana Reyes (dana.reyes@example.com), analyst, last day Friday, approved by the CFO. Her exit is confidential for now."],
    ["the CEO's assistant leaving", "Leaver: Dana Reyes (dana.reyes@example.com), assistant to the CEO, last day Friday; the exit is not public yet."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.privileged_identity");
  });
});
