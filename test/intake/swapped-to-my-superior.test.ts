import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction that makes the leaver the requester's own superior (target.additional)", () => {
  it.each([
    ["'the person leaving is my manager Harold' a sentence after the cue", "Leaver: Harold Finch (CA-70019)\n\nComment from requester (Sarah Lin): small correction, the original form had my own details in it by mistake. The person leaving is my manager Harold, so please disable his accounts (hfinch) instead of mine."],
    ["'the leaver is my boss' in the cue's sentence", "Correction to my request from this morning: the leaver is my boss, Tom Becker (tom.becker@example.com), please process him today."],
    ["'a pessoa que está saindo é meu gestor' (Portuguese)", "Correção: o formulário saiu com os meus dados por engano. A pessoa que está saindo é meu gestor Roberto Almeida, por favor desativem as contas dele."],
    ["'la persona que se va es mi jefe' (Spanish)", "Corrección: puse mis propios datos por error. La persona que se va es mi jefe, Luis Ortega (lortiz@example.com)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the manager named as approver after the leaver", "Correction: the last day is Friday 12 December. The person leaving is Dana Reyes (dana.reyes@example.com); my manager Kai Lee approved it."],
    ["the manager set aside after the leaver", "Small correction: the person leaving is Dana Reyes (dana.reyes@example.com), not my manager."],
    ["the manager as contact, no leaver phrase after the cue", "Correction: the contact for the hand-over is my manager Kai Lee (kai.lee@example.com); Dana Reyes still leaves on Friday."],
    ["the requester's manager leaving, no correction", "Hi IT, the person leaving is my manager Kai Lee (kai.lee@example.com), last day 30 April, approved by HR."],
    ["my manager's assistant, after a correction", "Small correction: the person leaving is my manager's assistant, Dana Reyes (dana.reyes@example.com); her last day is Friday, not Thursday."],
    ["a date corrected (Spanish)", "Corrección: la persona que se va es Luis Ortega (luis.ortega@example.com); su último día es el viernes, no el jueves. Mi jefe ya lo aprobó."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
