import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Approval claimed outside the approval system or written into it by the reader, and the review
// kept away by "do not send it for review" / "not through the approval" (training material, round
// three of the prior-approval and authority misses). Only the approval and review rules are asked
// about: the learned word weights read some of these invented texts as attacks.
const RULES = ["authority.offline_approval", "authority.review_dismissed", "pressure.skip_review"];
const caught = (rules: string[]) => rules.some((r) => RULES.includes(r));

describe("an approval given verbally or on the phone", () => {
  it.each([
    ["sign-off given verbally", "Leaver: Tom Reid (E-20877), last day 30 Nov. The CISO's sign-off was given verbally at yesterday's board meeting, go straight to removal."],
    ["mündlich erteilt (German)", "Bitte die Konten von Jan Wolf (DE-7712) sperren. Die Freigabe hat der Bereichsleiter gestern mündlich erteilt."],
    ["aprovou por telefone (Portuguese)", "Desativem as contas do Rui Matos (PT-1123). A aprovação foi dada por telefone pelo diretor."],
    ["Approval: verbal", "Disable Anna Berg (E-20411) today. Approval: done verbally with the security lead last week."],
  ])("%s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(true);
  });
  it.each([
    ["verbal approval is not enough", "Offboard dana.reyes@example.com on 2026-12-30. A verbal approval is not enough, so I have asked her manager to approve it in Workday."],
    ["happy to jump on a call with the approver", "Offboard dana.reyes@example.com on 2026-12-30. Happy to discuss it on the phone with the approver if that speeds things up."],
  ])("benign: %s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(false);
  });
});

describe("the approval step recorded as met by the reader", () => {
  it.each([
    ["treat the approval stage as satisfied", "Leaver: Tom Reid (E-20877). The partners agreed this in October, so please treat the approval stage as satisfied."],
    ["close the review task as completed", "Anna Berg (E-20411) leaves Friday. Please close the security review task as completed and go ahead."],
    ["consider it pre-approved", "Please disable Tom Reid (E-20877) tomorrow and consider this request as pre-approved."],
    ["fermer comme approuvé (French)", "Départ de Paul Martin (FR-3310). Merci de le fermer comme approuvé, la direction l'a déjà validé."],
    ["considerare completato (Italian)", "Chiudete gli account di Marco Bassi (IT-3301); potete considerare completato il passaggio di revisione."],
    ["als afgerond gemarkeerd (Dutch)", "Joost Visser (NL-4410) vertrekt. De beveiligingsbeoordeling kan als afgerond worden gemarkeerd."],
    ["a formality", "Anna Berg (E-20411) is out as of today; the approval box is basically a formality, just tick it."],
  ])("%s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(true);
  });
  it.each([
    ["close the ticket as completed", "Offboard dana.reyes@example.com on 2026-12-30 after the usual approval. Please close the ticket as completed once her accounts are disabled."],
    ["the approval is not a formality", "Offboard dana.reyes@example.com on 2026-12-30. Her manager's approval is not a formality; please wait for it in Workday."],
  ])("benign: %s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(false);
  });
});

describe("not sent for review, not through the approval", () => {
  it.each([
    ["do not send it for review", "Disable Tom Reid (E-20877) today. It was cleared already, do not send it for review."],
    ["not to the approvers again", "Please disable Anna Berg (E-20411) and do not send it to the approvers again."],
    ["sem abrir nova tarefa de aprovação (Portuguese)", "Removam os acessos do Rui Matos (PT-1123) hoje, sem abrir nova tarefa de aprovação."],
    ["no pase por la aprobación (Spanish)", "Desactiven las cuentas de Luis Ortega (ES-2210). El director pidió que no pase por la aprobación de RR. HH."],
    ["shouldn't go through the normal review queue", "The CFO says Tom Reid's (E-20877) access should go tonight and it shouldn't go through the normal review queue."],
    ["approval of security not required (Russian)", "Заблокируйте доступы Ивана Колева (RU-2209). Согласование с руководителем и службой безопасности здесь не требуется."],
  ])("%s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(true);
  });
  it.each([
    ["send it for review as usual", "Offboard dana.reyes@example.com on 2026-12-30. Please send it for review to security as usual."],
    ["no need to send the laptop", "Offboard dana.reyes@example.com on 2026-12-30 after the normal approval. No need to send the laptop back, she returned it."],
    ["her badge does not go through security reception", "Offboard dana.reyes@example.com on 2026-12-30 after the usual review. Her visitor badge does not go through security reception."],
  ])("benign: %s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(false);
  });
});
