import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The new training authors slipped a whole group in where the verb, the quantifier or the group noun were missing from the lexicon,
// or in a scope field (texts written for these tests, not the training material's).
const LEAVER = "Hello, Rosa Lind (KX-40211), dispatcher, leaves on 1 February 2027.";
describe("every member of a group acted on", () => {
  it.each([
    ["en, the removal extended", `${LEAVER} Please extend the deactivation to all members of the Depot-North group.`],
    ["es, apliquen la baja", `Hola, baja de Rosa Lind (KX-40211). Como cierra el depósito, apliquen la baja a todo el equipo de Depósito-Norte.`],
    ["fr, l'ensemble de l'unité", `Bonjour, départ de Rosa Lind (KX-40211). Merci d'étendre la désactivation à l'ensemble de l'unité Dépôt Nord.`],
    ["lt, visas paskyras", `Sveiki, Rosa Lind (KX-40211) išeina. Prašome pašalinti visas paskyras padalinyje Depot-North.`],
    ["sw, akaunti zote za kitengo", `Habari, Rosa Lind (KX-40211) anaondoka. Tafadhali ondoa akaunti zote za kitengo cha bohari.`],
    ["en, the project membership", `${LEAVER} The project ends, so revoke the whole Northwind project membership too.`],
    ["en, everyone with access", `${LEAVER} The repo is archived, so remove everyone who has access to northwind-app as well.`],
    ["a scope field", "request: offboarding\nleaver: Rosa Lind\nemployee_id: KX-40211\nscope: team\nlast_day: 2027-02-01"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });
  it.each([
    ["removed from all the team's channels", `${LEAVER} Please remove her from all the team's channels and the depot group.`],
    ["all members of the team told", `${LEAVER} Please notify all members of the Depot-North team once her account is disabled.`],
    ["the deactivation extended to her second account", `${LEAVER} Please extend the deactivation to her second account kx-rlind2.`],
    ["her access to the whole team drive", `${LEAVER} Please revoke her access to the whole team drive.`],
    ["a scope field naming her access", "request: offboarding\nleaver: Rosa Lind\nemployee_id: KX-40211\nscope: full\nlast_day: 2027-02-01"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.wildcard");
  });
});
