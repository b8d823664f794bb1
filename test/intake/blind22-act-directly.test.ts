import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: done directly, the review put off in the same sentence (pressure.skip_review)", () => {
  it.each([
    ["en", "Security is a week behind on tickets. Please process this directly, and the team will back-fill the review next week."],
    ["es", "Por favor, tramítalo directamente; la aprobación de seguridad la regularizamos la semana que viene."],
    ["de", "Bitte direkt bearbeiten, die Freigabe der IT-Sicherheit reichen wir nächste Woche nach."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["the review of a laptop in another sentence", "Please process it directly in Workday. The security review of her laptop is booked for next week."],
    ["an exit interview next week", "Please process it directly; the exit interview is next week."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
