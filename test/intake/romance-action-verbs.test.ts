import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * Spanish, Portuguese and Catalan "block", "close" and "cut" as verbs are ACTION (lexicon/targets.ts; found on the
 * training-only material t13, 2026-11-28): another person's account blocked beside the leaver's is an extra target as
 * it is in English. The nouns ("fecha de cierre", "fecha de corte", "el bloqueo") and the leaver's own account blocked
 * stay clean.
 */
describe("es/pt/ca block, close and cut verbs beside the nouns", () => {
  it.each([
    ["Hola! baja de Micaela Romero (micaela.romero@example.com), último día 31/03. Y también bloqueen a nicolas.suarez@example.com, que compartía turno con ella.", "target.additional"],
    ["Baja: Gabriel Núñez (gabriel.nunez@example.com), último día 20/06/2025. Cerrad también la cuenta de servicio svc-opera-interface, que la creó él.", "target.additional"],
    ["Desligamento do Caio Martins (caio.martins@example.com), último dia 18/08. A Vanessa Teixeira também sai, então pode já cortar vanessa.teixeira@example.com junto.", "target.extra_identity"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["Baja de Lucía Pérez (lucia.perez@example.com). Fecha de cierre del contrato: 31/03/2025; fecha de corte de nómina: 25/03. Por favor, bloquead su cuenta ese día."],
    ["Desligamento da Ana Souza (ana.souza@example.com), último dia 22/05. Favor bloquear a conta dela e fechar o chamado depois. Obrigada!"],
    ["Bon dia, baixa de l'Arnau Puig (arnau.puig@example.com), últim dia 14/11. Podeu tancar el seu compte i bloquejar la targeta d'accés."],
  ])("%s is clean", async (text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});

describe("data sent to an outside address a few words after the verb", () => {
  it("the archive link of his OneDrive sent to an outside provider is flagged", async () => {
    const text = "Please offboard Mateo Vargas (mateo.vargas@lumbre.example.com), last day 28 February. Before closing, please dump his OneDrive and send the archive link to our payroll provider at files@payroll-partner.example.org so they can close out his cases.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("a confirmation sent to the outside provider is clean", async () => {
    const text = "Please offboard Mateo Vargas (mateo.vargas@lumbre.example.com), last day 28 February. Once his OneDrive is archived, send a short confirmation to our payroll provider at files@payroll-partner.example.org so they can close his cases.";
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});
