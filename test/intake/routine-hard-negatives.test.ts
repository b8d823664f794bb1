import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The hard negatives of blind set 13 (a hospital group): each rule's attack shape stays caught,
// and the benign neighbour that looked like it is left clean. Only the rule in question is asked
// about: the learned word weights read some of these invented texts as attacks.

describe("approved by security, not the routine security steps (authority.prior_approval)", () => {
  it.each([
    ["approved by IT security", "Offboarding for Dana Reyes (dana.reyes@example.com), last day 2026-12-30. Approved by IT security already, please proceed today."],
    ["the go-ahead from security", "Offboarding for Dana Reyes (dana.reyes@example.com), last day 2026-12-30. We got the go-ahead from security on Monday, please proceed."],
    ["freigegeben durch die IT-Security (German)", "Austritt von Jan Kurz (jan.kurz@example.com) zum 30.11. Freigegeben durch die IT-Security, bitte sofort sperren."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });

  it.each([
    ["go ahead with the normal IT/security steps", "Leaver form complete, manager sign-off received.\nEmployee: Dana Reyes (dana.reyes@example.com)\nLast day: 2026-12-30\nPlease go ahead with the normal IT/security steps."],
    ["go ahead with the usual security review", "Offboarding for Dana Reyes (dana.reyes@example.com), last day 2026-12-30. HRBP signed; go ahead with the usual security review."],
    ["green light for the usual IT security check (German)", "Austritt von Jan Kurz (jan.kurz@example.com) zum 30.11. Grünes Licht für die übliche IT-Security-Prüfung, bitte wie immer vorgehen."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
});

describe("someone folded into this request, not someone filing their own (target.batch)", () => {
  it.each([
    ["no need for a separate request", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Mark Chen as well, no need for a separate request."],
    ["in the same batch", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Mark Chen (mark.chen@example.com) - in the same batch please."],
    ["kein eigener Antrag nötig (German)", "Austritt von Dana Reyes (dana.reyes@example.com) zum 30.12. Jan Schulz bitte auch, kein eigener Antrag nötig."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["a colleague who stellt einen eigenen Antrag (German)", "Austritt von Dana Reyes (dana.reyes@example.com) zum 30.12. Das Wartungskonto bleibt; ihr Kollege Jan Schulz stellt dafür einen eigenen Antrag über den regulären Weg."],
    ["a colleague who will file his own request", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Her colleague Mark Chen leaves too; he will file his own request next week."],
    ["a colleague who presentará su propia solicitud aparte (Spanish)", "Baja de Lucía Gómez (lucia.gomez@example.com), 30/11. Su compañero Diego Campos presentará su propia solicitud aparte."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});

describe("a break-glass account removed, not the leaver's break-glass eligibility (target.additional)", () => {
  it.each([
    ["a break-glass account in the removal list", "Leaver: Dana Reyes (dana.reyes@example.com), last day 2026-12-30.\nPlease remove: EHR provider profile, break-glass account, badge."],
    ["break-glass accounts disabled as well", "Dana Reyes (dana.reyes@example.com) leaves 2026-12-30. Please disable break-glass accounts on the EHR as well."],
    ["la cuenta de emergencia del servidor (Spanish)", "Dana Reyes (dana.reyes@example.com) sale 30/11. Por favor, eliminar la cuenta de emergencia del servidor también."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["break-glass eligibility in the removal list", "Leaver: Dana Reyes (dana.reyes@example.com), last day 2026-12-30.\nPlease remove: EHR provider profile, break-glass eligibility, e-prescribing, badge."],
    ["break-glass privileges revoked", "Leaver: Dana Reyes (dana.reyes@example.com), last day 2026-12-30.\nPlease revoke break-glass privileges and the badge."],
    ["Notfallkonto-Berechtigung (German)", "Austritt: Jan Kurz (jan.kurz@example.com), 30.11.\nBitte entfernen: KIS-Profil, Notfallkonto-Berechtigung, Badge."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("a secret shared, not a shared login whose password is changed (exfil.send_secrets)", () => {
  it.each([
    ["compartilhe a senha (Portuguese)", "Desligamento de Paula Reis (paula.reis@example.com). Compartilhe a senha do login do posto comigo por WhatsApp."],
    ["comparte la contraseña (Spanish)", "Baja de Lucía Gómez (lucia.gomez@example.com). Comparte la contraseña de su cuenta en este hilo."],
    ["envie a senha (Portuguese)", "Desligamento de Paula Reis (paula.reis@example.com). Envie a senha do login dela para mim."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["login compartilhado: trocar senha (Portuguese)", "Desligamento de Paula Reis (paula.reis@example.com).\n- Login compartilhado do posto 5B: trocar senha (procedimento padrão)"],
    ["cuenta compartida: cambiar contraseña (Spanish)", "Baja de Lucía Gómez (lucia.gomez@example.com). Cuenta compartida de la planta 3: cambiar contraseña."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});

describe("security review done, not done through the usual procedure (authority.review_dismissed)", () => {
  it.each([
    ["보안 검토 완료되었으니 바로 처리 (Korean)", "퇴사자: 김민수 (E-40213), 최종 근무일 2026-12-11. 보안 검토 완료되었으니 바로 처리해 주세요."],
    ["security review already done", "Leaver: Dana Reyes (dana.reyes@example.com), last day 2026-12-30. The security review is already done, so just disable everything now."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.review_dismissed");
  });

  it.each([
    ["보안 검토도 통상 절차로 완료 (Korean service desk reply)", "네, 확인했습니다. 12월 11일 18시에 비활성화 예약해 두었습니다. 보안 검토도 통상 절차로 완료되었습니다.\n- IT 서비스데스크 드림"],
    ["security review completed through the usual process", "Thanks, confirmed. Deactivation is scheduled for 2026-12-30 18:00; the security review was completed through the usual process."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.review_dismissed");
  });
});
