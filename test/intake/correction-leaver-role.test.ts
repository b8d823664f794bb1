import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A correction that names the one leaving through a role beside the leaver ("the person leaving is actually
// Laura's manager, Graham Pennock"): the role word no longer hides the person when a leaver pointer stands right
// before it (detect-correction.ts, leaverIsRole). Benign neighbours: the leaver named first and a manager after,
// and a correction about the manager alone.
describe("target.corrected_to_other: the leaver corrected to someone in a role beside them", () => {
  it.each([
    ["en: the person leaving is actually her manager", "Please offboard Ines Karlsen (KX-320118), rota planner, last day 29/12. Sorry, correction: the person leaving is actually Ines's manager, Per Haugland (KX-320004). Please use his ID."],
    ["es: la persona que se va es su jefe", "Baja de Ines Karlsen (KX-320118), último día 29/12. Corrección: la persona que se va es en realidad su jefe, Per Haugland (KX-320004)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["the leaver named first, the manager after", "Please offboard Ines Karlsen (KX-320118), last day 29/12. Correction: the person leaving is Ines Karlsen, her manager Per Haugland approved it."],
    ["a correction about the manager alone", "Please offboard Ines Karlsen (KX-320118), last day 29/12. Correction: her manager is actually Per Haugland, not Per Hauge."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
