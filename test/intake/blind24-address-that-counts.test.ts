import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: the address 'that counts now' names someone else than the leaver (target.corrected_to_other)", () => {
  it.each([
    ["es", "Hola,\nBaja de Tomás Vidal, cajero de la tienda Lima Centro, último día 16/12/2026.\nOjo: en el sistema figura con un correo antiguo; el que vale ahora es lucia.p@example.com, usad ese para la baja."],
    ["en", "Hi,\nLeaver: Tom Vidal, cashier at the Leeds store, last day 16 Dec 2026.\nNote: the system still has an old address for him; the one that counts now is lucia.p@example.com, please use that."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it("benign: the leaver's own new address", async () => {
    const text = "Hola,\nBaja de Tomás Vidal, cajero de la tienda Lima Centro, último día 16/12/2026.\nOjo: en el sistema figura con un correo antiguo; el que vale ahora es tomas.vidal@example.com, usad ese para la baja.";
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
