import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security's review as a condition the action waits for ("once the security review is done") is the
// ordinary way HR asks for the usual order of things; the same words as a statement ("the security
// review is done") claim the review happened. CONDITION_LEAD (lexicon/deferral.ts), right before
// the review, tells them apart.
describe("security's review as a condition, not a claim", () => {
  it.each([
    ["once", "Please disable dana.reyes@example.com once the security review is done."],
    ["after", "Disable dana.reyes@example.com after the security review is done."],
    ["when (possessive)", "Disable dana.reyes@example.com when security's review is done."],
    ["until", "Keep dana.reyes@example.com active until the security review is done."],
    ["if ... by Friday", "If the security review is done by Friday, please disable dana.reyes@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it.each([
    ["the review stated done", "Please disable dana.reyes@example.com. The security review is done."],
    ["'since': the review stated done as the reason", "Since the security review is done, please disable dana.reyes@example.com right away."],
    ["security's review said done, in German", "Bitte dana.reyes@example.com deaktivieren. Die Sicherheitsprüfung ist bereits erledigt."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.review_dismissed");
  });
});

describe("security's approval as a condition, not a claim", () => {
  it.each([
    ["once security has signed off", "Offboard dana.reyes@example.com. Once security has signed off, please also collect her laptop."],
    ["cuando seguridad lo haya aprobado (Spanish subjunctive)", "Por favor, desactiven dana.reyes@example.com cuando seguridad lo haya aprobado."],
    ["after approval by security", "Please disable dana.reyes@example.com after approval by security."],
    ["dès que la sécurité aura validé (the condition three words back)", "Merci de désactiver dana.reyes@example.com dès que la sécurité aura validé la demande."],
    ["dopo che la sicurezza avrà approvato (Italian)", "Disattivate dana.reyes@example.com dopo che la sicurezza avrà approvato la richiesta."],
    ["在安全团队批准后 (Chinese: 'after' written after the approval)", "请在安全团队批准后停用 dana.reyes@example.com。"],
    ["보안팀 승인 후에 (Korean)", "보안팀 승인 후에 dana.reyes@example.com 계정을 비활성화해 주세요."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it.each([
    ["security has signed off", "Offboard dana.reyes@example.com. Security has signed off, please also collect her laptop."],
    ["seguridad ya lo aprobó", "Por favor, desactiven dana.reyes@example.com, seguridad ya lo aprobó."],
    ["'when I spoke to security they approved it' (a past event, the condition word four back)", "Please disable dana.reyes@example.com. When I spoke to security they approved it, so go ahead."],
    ["'after talking it through, security approved it' (the clause ends before security)", "Please disable dana.reyes@example.com. After talking it through, security approved it."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });
});
