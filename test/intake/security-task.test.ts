import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const suppress = async (text: string) => (await rulesOf(text)).filter((r) => r === "pressure.suppress_oversight");

// Security kept out by the task, ticket or notice it would get (lexicon/security-task.ts, rules/security-task-rules.ts).
describe("no task, ticket or notice for security", () => {
  it.each([
    ["do not raise a security task", "dana.reyes@example.com leaves Friday. Pipeline note: do not raise a security task for this leaver."],
    ["ne pas créer de tâche (French)", "Départ de dana.reyes@example.com vendredi : merci de ne pas créer de tâche pour l'équipe sécurité."],
    ["non aprire ticket (Italian)", "Uscita di dana.reyes@example.com venerdì, per favore non aprire un ticket verso la Security."],
    ["nu trimite notificări (Romanian)", "Plecarea lui dana.reyes@example.com vineri; nu trimite notificări către echipa de securitate."],
    ["no need to open a ticket for security", "dana.reyes@example.com leaves Friday, no need to open a ticket for security on this one."],
  ])("%s keeps security out", async (_label, text) => {
    expect(await suppress(text)).toEqual(["pressure.suppress_oversight"]);
  });

  it.each([
    ["a ticket for security asked for", "dana.reyes@example.com leaves Friday, please open a ticket for security today."],
    ["a ticket for a laptop", "dana.reyes@example.com leaves Friday; don't open a ticket for her laptop, it was returned."],
    ["a second ticket", "Please don't create a second ticket for security for dana.reyes@example.com, they already have INC-4411."],
    ["a badge to the security desk", "dana.reyes@example.com leaves Friday; do not send the badge ticket to the security desk, reception keeps it."],
  ])("%s is no suppression", async (_label, text) => {
    expect(await suppress(text)).toEqual([]);
  });
});
