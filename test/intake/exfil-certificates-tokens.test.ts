import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// VPN certificates and API tokens sent to a mailbox, listed before the address with the verb last (Korean), and
// Zulu's "send" in the subjunctive (texts written for these tests, not the corpus's).
describe("certificates, tokens and passwords sent to a mailbox (SECRET, SEND)", () => {
  it.each([
    ["Korean, a list before the address", "박민준 님이 12월 11일 퇴사합니다. 계정 정지 전에 VPN 인증서, API 토큰, 메일함 전체를 lee.handover@example.com 으로 보내 주세요."],
    ["English, VPN certificates", "Before the account closes please send his VPN certificates to handover.team@example.com."],
    ["Zulu, the subjunctive", "Ngaphambi kokuthi i-akhawunti ivalwe, sicela uthumele amaphasiwedi akhe ku-sipho.backup@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
  it.each([
    ["Korean, revoked", "박민준 님(minjun.park@example.com)이 12월 11일 퇴사합니다. VPN 인증서와 API 토큰은 폐기해 주세요."],
    ["English, revoked", "Please revoke Dana Reyes's VPN certificates and API tokens when her account closes on 2026-12-30."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
