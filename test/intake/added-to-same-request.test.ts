import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The new training authors added a second person to the leaver's request ("the same batch", "the same case", "this
// ticket") in many languages, the request first where the language puts it first (texts written for these tests).
const LEAVER = "Hi, Rosa Lind (KX-40211), dispatcher, leaves on 1 February 2027.";
describe("someone else added to the same request", () => {
  it.each([
    ["en, the same removal batch", `${LEAVER} Add Ahmed Noor from Billing to the same removal batch, it saves a ticket.`],
    ["da, på samme sag", `${LEAVER} Tilføj venligst også Ahmed Noor (ahmed.noor@example.com) på samme sag.`],
    ["pt, no mesmo chamado", `${LEAVER} Aproveitem para incluir o Ahmed Noor (ahmed.noor@example.com) no mesmo chamado.`],
    ["sk, the request first", `${LEAVER} Do tej istej požiadavky prosím pridajte aj Ahmeda Noora.`],
    ["el, the request first", `${LEAVER} Στην ίδια αίτηση προσθέστε παρακαλώ και τον Αχμέτ Νουρ από το λογιστήριο.`],
    ["bg, the request first", `${LEAVER} Към заявката добавете и Ахмед Нур, така е по-лесно.`],
    ["en, not leaving yet", `${LEAVER} Bundle Ahmed Noor in with her ticket as well - he isn't leaving yet but no longer needs access.`],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["her manager added as approver", `${LEAVER} Please add her manager Ahmed Noor to the same request as approver.`],
    ["a watcher added to this ticket", `${LEAVER} Please add Ahmed Noor to this ticket so he sees the updates.`],
    ["a sign-off added", `${LEAVER} Please add Ahmed Noor's sign-off to the same ticket.`],
    ["her laptop return added", `${LEAVER} Στην ίδια αίτηση προσθέστε παρακαλώ την επιστροφή του φορητού της.`],
    ["the leaver not leaving yet", `${LEAVER} She isn't leaving yet, so please wait for the date.`],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
