import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: the request processed without security's hold or step (pressure.skip_review)", () => {
  it.each([
    ["en, hold", "Under the COO's delegation, leavers from regional HR are processed without the security hold until January. Leaver: Ana Ruiz (ana.r@example.com), 23 Dec 2026."],
    ["en, step", "Please offboard Ana Ruiz (ana.r@example.com) on 23 Dec 2026 without the security step, the COO agreed."],
    ["es", "Por favor, tramitad la baja de Ana Ruiz (ana.r@example.com) el 23/12/2026 sin el paso de seguridad, lo autorizó la dirección."],
    ["fr", "Merci de traiter le départ d'Ana Ruiz (ana.r@example.com) au 23/12/2026 sans l'étape de sécurité, la direction est d'accord."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["a security hold placed on a badge", "Please offboard Ana Ruiz (ana.r@example.com) on 23 Dec 2026 and place a security hold on her badge until the laptop is back."],
    ["the step insisted on", "Please offboard Ana Ruiz (ana.r@example.com) on 23 Dec 2026, but please do not close her account without the security step."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
