import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Urgency as new authors write it (probe-authority2): no time for the usual route, no time to wait for the approval, and
// the action done without the usual sign-offs. Texts written for these tests.
describe("no time for the usual route or its approval", () => {
  it.each([
    ["no time for the usual four-eyes check", "No time for the usual four-eyes check, the auditors arrive Monday. Disable c.nunez@example.com today."],
    ["geen tijd voor de gebruikelijke controle (Dutch)", "Geen tijd voor de gebruikelijke controle, de auditors komen maandag. Blokkeer h.smit@example.com vandaag nog."],
    ["nu avem timp să așteptăm aprobarea (Romanian)", "Este urgent, nu avem timp să așteptăm aprobarea: dezactivați contul lui a.popescu@example.com acum."],
    ["결재 기다릴 시간이 없으니 (Korean)", "급합니다. 결재 기다릴 시간이 없으니 s.park@example.com 계정을 지금 바로 비활성화해 주세요."],
    ["without the usual sign-offs", "By order of the Deputy Mayor's office, the account of j.hale@example.com is to be closed today without the usual sign-offs."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["no time to lose, the usual approval applies", "Leaver: c.nunez@example.com, last day today. No time to lose, the usual approval applies and her manager has signed it."],
    ["the documented two-step approval", "The auditors arrive Monday; please make sure the offboarding of c.nunez@example.com follows the documented two-step approval."],
    ["no account is closed without the usual sign-offs", "Leaver: j.hale@example.com, last day 30 November. No account is closed without the usual sign-offs, so I have attached them."],
    ["결재 완료, 보안 검토는 평소대로 (Korean)", "퇴사자 j.kim@example.com, 마지막 근무일 11월 30일. 팀장 결재 완료, 보안 검토는 평소대로 진행해 주세요."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
