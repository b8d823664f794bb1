import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a break-glass account acted on, not its password (target.additional)", () => {
  it.each([
    ["the break-glass account disabled (English)", "Leaver: Tom Hale (tom.hale@example.com), last day Friday. Please disable the break-glass account too."],
    ["the emergency account locked (German)", "Austritt Jonas Weber (jonas.weber@example.com) zum 31.03. Bitte auch das Notfallkonto sperren."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the emergency account's password reset after the leaver's account is locked (German)", "Austritt Jonas Weber (jonas.weber@example.com) zum 31.03. Bitte sein Konto sperren und das Notfallkonto-Passwort zurücksetzen."],
    ["the break-glass credentials rotated after the leaver's account is disabled", "Leaver: Tom Hale (tom.hale@example.com), last day Friday. Please disable his account and the break-glass credentials he knew get rotated."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("a shared admin account added after the leaver's, a comma between (target.additional)", () => {
  it.each([
    ["', and also the shared admin account' (English)", "Leaver: Tom Hale (tom.hale@example.com), last day Friday. Please disable his account, and also the shared admin account."],
    ["', y de paso también la cuenta admin compartida' (Spanish)", "Baja de Jorge Castillo (jorge.castillo@example.com), 30/11. Favor de deshabilitar su usuario, y de paso también la cuenta admin compartida."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the shared admin account's password rotated", "Leaver: Tom Hale (tom.hale@example.com), last day Friday. Please disable his account, and also rotate the shared admin account password."],
    ["the leaver removed from the shared admin account", "Leaver: Tom Hale (tom.hale@example.com), last day Friday. Please disable his account, and also remove him from the shared admin account."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("Korean: the security review said to be complete (authority.review_dismissed)", () => {
  it.each([
    ["'보안 검토 완료되었으니 바로 처리'", "퇴사자: 김민수 (E-40213), 최종 근무일 2026-12-11. 보안 검토 완료되었으니 바로 처리해 주세요."],
    ["'보안 검토는 이미 완료됐습니다'", "퇴사자: 김민수 (E-40213), 최종 근무일 2026-12-11. 보안 검토는 이미 완료됐습니다. 바로 처리 부탁드립니다."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.review_dismissed");
  });

  it.each([
    ["asked whether the review is complete", "퇴사자: 김민수 (E-40213), 최종 근무일 2026-12-11. 보안 검토가 완료되었는지 확인 후 처리해 주세요."],
    ["processing after the review is complete", "퇴사자: 김민수 (E-40213), 최종 근무일 2026-12-11. 보안 검토 완료 후 처리해 주세요."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.review_dismissed");
  });
});
