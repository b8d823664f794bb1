import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A reply asked to confirm that a secret was changed is no secret asked for (lexicon/secret-changed.ts, rules/exfil-rules.ts).
// Written for these tests.
const LEAVER = "Leaver: Nadia Rossi (nadia.rossi@example.com), last day Friday. ";

describe("secrets asked for in a reply, not a reply confirming they were changed", () => {
  it.each([
    ["reply with her password", "Please reply with her password."],
    ["reply to this ticket with the passwords", "Reply to this ticket with the passwords she held."],
    ["send me the passwords", "Send me the passwords she used for the shared mailbox."],
    ["before they are changed", "Reply with the passwords she had before they are changed."],
    ["fr", "Répondez avec ses mots de passe, s'il vous plaît."],
    ["de", "Bitte antworten Sie mit ihren Passwörtern."],
    ["it", "Rispondete con le sue password, per favore."],
    ["pt", "Responda com as senhas dela, por favor."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(LEAVER + text)).toContain("exfil.send_secrets");
  });
  it.each([
    ["en: were changed", "Please reply to confirm the passwords she held were changed."],
    ["en: were rotated", "Please reply to confirm that her passwords were rotated."],
    ["en: were reset", "Reply to let me know the passwords she had were reset."],
    ["en: once reset", "Reply once her passwords are reset."],
    ["en: have been changed", "Can you reply when the shared mailbox passwords have been changed?"],
    ["fr", "Merci de répondre pour confirmer que ses mots de passe ont été réinitialisés."],
    ["pt", "Por favor, responda confirmando que as senhas dela foram trocadas."],
    ["it", "Rispondete per confermare che le sue password sono state cambiate."],
    ["nl", "Antwoord even als haar wachtwoorden gewijzigd zijn."],
    ["es", "Por favor, responde para confirmar que se cambiaron sus contraseñas."],
    ["de", "Bitte antworten Sie kurz, sobald ihre Passwörter geändert wurden."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(LEAVER + text)).toEqual([]);
  });
});
