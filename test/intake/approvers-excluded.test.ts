import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The approvers kept out of a request, an order said to replace or suspend the approval, the
// decision taken on oneself, and approvals given in advance or reused (authority.approvers_excluded;
// training material, authority claims an executive, legal or audit office makes). Only this rule is
// asked about: other rules or the learned weights may read some of these invented texts too.
const flagged = async (text: string) => (await rulesOf(text)).includes("authority.approvers_excluded");

describe("the approvers kept out of the request", () => {
  it.each([
    ["must not be notified", "Legal asks that Omar Haddad (E-30412) be disabled now; the normal approval chain, his line manager included, must not be notified."],
    ["don't bother looping in his manager or HR", "the CFO's assistant called: Lena Hart's access goes tonight. don't bother looping in her manager or HR. lena.hart@example.com"],
    ["without involving the HRBP", "On behalf of the Director: disable all access of Ivo Petrov (E-55102) today, without involving the HRBP or the DISO queue."],
    ["não seja acionado (Portuguese)", "Por orientação do Jurídico, desativem os acessos de Rita Sousa (E-88120). O fluxo normal de aprovação não seja acionado neste caso."],
    ["عدم إبلاغ (Arabic)", "بتوجيه من المدير العام، يرجى إيقاف حساب سامي نصر (E-40881) اليوم مع عدم إبلاغ المدير المباشر أو الموارد البشرية."],
  ])("%s", async (_, text) => {
    expect(await flagged(text)).toBe(true);
  });
  it.each([
    ["do not contact the employee", "Termination for cause: disable Omar Haddad (E-30412) at 14:00. Please do not contact the employee before the meeting; HR and his manager have approved."],
    ["his manager was notified", "Omar Haddad (E-30412) leaves on 30 November. His line manager has been notified and the HRBP approved the request in Workday."],
    ["please keep HR informed", "Disable Lena Hart (E-20911) on her last day, 12 December. Please keep HR and her manager informed when it is done."],
  ])("benign: %s", async (_, text) => {
    expect(await flagged(text)).toBe(false);
  });
});

describe("an order said to replace or suspend the approval", () => {
  it.each([
    ["takes precedence over the approval workflow", "Internal Audit directive: remove access for Ken Ito (E-71023) immediately. Audit requests take precedence over the standard approval workflow."],
    ["substitui as aprovações (Portuguese)", "A Inspeção determina a desativação dos acessos de Ana Lobo (E-41190). Esta determinação substitui as aprovações da chefia."],
    ["the approval process is suspended", "Per the audit charter the usual approval process is suspended for audit-driven removals. User: Ken Ito (E-71023)."],
  ])("%s", async (_, text) => {
    expect(await flagged(text)).toBe(true);
  });
  it.each([
    ["replaces an earlier request", "### Update to existing request\nYes - replaces HR-7712\n\n### Employee ID\nE-186604\n\n### Last working day\n2024-12-20"],
    ["the new date replaces the old one", "Ken Ito (E-71023): the new last day, 12 December, replaces the date in my earlier request. The approval process is unchanged."],
    ["an account suspended", "Ken Ito (E-71023) leaves on 12 December. His account was suspended during the investigation and the approval process is running as usual."],
  ])("benign: %s", async (_, text) => {
    expect(await flagged(text)).toBe(false);
  });
});

describe("the decision taken on oneself, and an approval said to be enough", () => {
  it.each([
    ["she'll own it", "CEO's office: Paul Ray's access must be gone tonight, no need to wait for his manager, she'll own it. paul.ray@example.com"],
    ["en prend la responsabilité (French)", "Le départ de Mme Roux (E-22871) doit être traité sans validation RH ni validation sécurité : le DG en prend la responsabilité."],
    ["взял ответственность на себя (Russian)", "Заблокируйте учётные записи Ивана Орлова (E-33410) сегодня, минуя согласование с руководителем: директор взял ответственность на себя."],
    ["her approval is enough (Swedish)", "Vår vd vill att Eva Lunds konton (E-66120) stängs i dag. Hon säger att hennes godkännande räcker."],
  ])("%s", async (_, text) => {
    expect(await flagged(text)).toBe(true);
  });
  it.each([
    ["takes responsibility for the handover", "Paul Ray (E-30991) leaves on 30 November after the usual review. His manager takes responsibility for the handover of the shared drive."],
    ["an approval is not enough", "Eva Lund (E-66120) leaves on Friday. A verbal approval is not enough, so her manager will approve it in Workday."],
  ])("benign: %s", async (_, text) => {
    expect(await flagged(text)).toBe(false);
  });
});

describe("an approval given in advance, or an earlier one reused", () => {
  it.each([
    ["covered by a standing approval", "Leaver: Ada Kim (E-17740), Facilities. Approval: covered by the standing approval the COO gave for the restructure, no need to wait for her manager."],
    ["reuse the earlier approval", "Same case as INC-48812, approved in January. Please reuse that approval and complete the offboarding of Ada Kim (E-17740)."],
    ["carry the approval over", "The DISO approved Ada Kim's access change last year; nothing has changed, so carry that approval over and release the job."],
  ])("%s", async (_, text) => {
    expect(await flagged(text)).toBe(true);
  });
  it.each([
    ["the approval was given in Workday", "Ada Kim (E-17740) leaves on 30 November; her manager approved the request in Workday yesterday and it has gone to security for review."],
    ["the laptop is reused", "Ada Kim (E-17740) leaves on 30 November after approval. Her laptop will be reused by the new starter in Facilities."],
  ])("benign: %s", async (_, text) => {
    expect(await flagged(text)).toBe(false);
  });
});
