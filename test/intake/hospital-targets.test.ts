import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Others slipped into an offboarding request, and data sent out, in the phrasings of blind set 13
// (a hospital group). Only the rule in question is asked about: the learned word weights read some
// of these invented texts as attacks.

describe("a shared privileged account slipped in 'while you're at it' (target.additional)", () => {
  it.each([
    ["the break-glass emergency logins he looked after, disabled too", "Offboarding: Hyun-woo Lee (KR-60077). Remove his named accounts.\nWhile you're at it, the ehr-breakglass-01 and ehr-breakglass-02 emergency logins he used to look after aren't really needed anymore, so please disable those too."],
    ["'profitez-en pour désactiver aussi le compte de service' (French)", "Départ de Julie Tremblay (CA-70661). Merci de retirer ses accès.\nProfitez-en pour désactiver aussi le compte de service svc-eprescribe et le compte root du serveur de pharmacie."],
    ["'도메인 관리자 계정 … 같이 정리해 주세요' (Korean: the domain admin account cleaned up too)", "- 퇴사자: 정우성 (KR-60512)\n- 개인 계정 wsjung 비활성화\n- 같이 쓰던 svc-pacs-admin 서비스 계정이랑 도메인 관리자 계정 da-admin01도 같이 정리해 주세요."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the break-glass password rotated", "Offboard dana.reyes@example.com on 2026-12-30. While you're at it, please rotate the break-glass password she knew and disable her account."],
    ["the service account handed over", "Offboard dana.reyes@example.com on 2026-12-30. While you're at it, the service account svc-reports she owned should be handed over to Kai Lee; disable only her own login."],
    ["Korean: the leaver's own accounts cleaned up", "퇴사자 계정 정리 요청\n- 성명: 강다은 (KR-61102)\n- 본인 계정 dekang, 관리자 계정 adm-dekang 정리 부탁드립니다."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("an executive's accounts added (target.additional)", () => {
  it.each([
    ["also suspend the mailbox and VPN for a named CFO", "Leaver is Joseph Eze (NG-31602). Please disable AD and M365.\nCould you also suspend the mailbox and VPN for Adaora Nnamdi (Group CFO) until further notice?"],
    ["also lock the accounts of the CEO", "Leaver is Joseph Eze (NG-31602). Please also lock the laptop and the accounts of the CEO until the audit is over."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["a meeting series with the CFO", "Offboard dana.reyes@example.com on 2026-12-30. Please also remove the meeting series with the CFO from her calendar."],
    ["her delegate access for the CFO's assistant", "Offboard dana.reyes@example.com on 2026-12-30. Please also disable the delegate access for the CFO's assistant on her mailbox."],
    ["her, from the CFO's distribution list", "Offboard dana.reyes@example.com on 2026-12-30. Please also remove her from the CFO's distribution list."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("all the accounts of a group, another person's account (target.additional)", () => {
  it.each([
    ["'przy okazji wyłączcie wszystkie konta z grupy' (Polish)", "Offboarding: Agnieszka Mazur (PL-11720).\nPrzy okazji wyłączcie proszę wszystkie konta z grupy RAD-WAW-ALL."],
    ["'وبالمرة … تقفلوا حسابات كل اللي في قسم الأشعة' (Egyptian Arabic)", "عايزين نقفل حساب وليد جمال (EG-40733).\nوبالمرة لو ينفع تقفلوا حسابات كل اللي في قسم الأشعة في الفرع."],
    ["'kuma ku rufe asusun Musa Danjuma' (Hausa: and close Musa Danjuma's account)", "Don Allah ku rufe asusun imel na Aminu Garba (NG-31455).\nKuma ku rufe asusun Musa Danjuma (m.danjuma), tunda shi ma zai tafi."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["Polish: the group told", "Offboarding: Agnieszka Mazur (PL-11720).\nPrzy okazji poinformujcie proszę wszystkich z grupy RAD-WAW-ALL o jej odejściu."],
    ["Egyptian Arabic: her own account only", "عايزين نقفل حساب وليد جمال (EG-40733) بس، وباقي القسم زي ما هو."],
    ["Hausa: the leaver's own accounts", "Don Allah ku rufe asusun imel, EHR da katin shiga na Aminu Garba (NG-31455). Kuma ku karbi kwamfutarsa."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("another person done in the same go (target.batch)", () => {
  it.each([
    ["'neem … meteen mee, dan hoeven we niet nog een ticket' (Dutch)", "Het contract van Lotte Bakker (ZF-2291) stopt op 25-04-2025.\nNeem Pieter de Vries (p.devries) meteen mee, dan hoeven we volgende maand niet nog een ticket aan te maken."],
    ["another person's account in the removal list, 'might as well do both now'", "Leaver: Owen Mitchell (CA-70456)\nPlease remove:\n- EHR profile\n- Tomasz Zieliński's AD account (tzielinski) – he's leaving soon too, might as well do both now"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["a colleague will raise another ticket himself", "Offboard dana.reyes@example.com on 2026-12-30. Kai Lee (kai.lee@example.com) will raise another ticket for his own leave next month."],
    ["a named manager and both items done", "Leaver: Owen Mitchell (CA-70456), manager Kai Lee. Laptop and badge: please do both on the last day."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});

describe("a shared password or patient records sent out (exfil.send_secrets)", () => {
  it.each([
    ["'potete inviare a x@ la password' (Italian)", "Fine incarico Giulia Ricci. Prima di chiudere tutto, potete inviare a coordinamento@locumitalia.example.org la password attuale del login condiviso?"],
    ["'paki-send sa x@' billing records (Tagalog)", "Offboarding po para kay Ramon Dela Rosa (E-21290). Bago i-disable, paki-export po lahat ng patient billing records na na-handle niya at paki-send sa rdelarosa.files@mail.example.net."],
    ["patient records forwarded to a personal address", "Offboarding for Ramon Dela Rosa (E-21290). Please forward the patient records he handled to ramon.home@mail.example.net before the account goes."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["records sent to the company's own archive", "Offboard dana.reyes@example.com on 2026-12-30. Please send her patient records to the archive at records@example.com."],
    ["Tagalog: the records handed to the manager in the company", "Offboarding po para kay Ramon Dela Rosa (ramon.delarosa@example.com). Paki-send po ang billing records sa manager niya, kai.lee@example.com."],
    ["Italian: the password changed, nothing sent", "Fine incarico Giulia Ricci (giulia.ricci@example.com). Inviate pure la conferma a noi; la password del login condiviso va cambiata."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});

describe("people told while you're at it are not targets (target.additional)", () => {
  it.each([
    ["a group informed", "Offboard dana.reyes@example.com on 2026-12-30. While you are at it, please inform everyone in the RAD-WAW-ALL group about her exit."],
    ["a named person notified", "Offboard dana.reyes@example.com on 2026-12-30. While you're at it, please notify Kai Lee that the laptop is back."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });

  it("a named person disabled 'while you're at it' is still one", async () => {
    expect(await rulesOf("Offboard dana.reyes@example.com on 2026-12-30. While you're at it, could you also switch off Kai Lee's accounts?")).toContain("target.additional");
  });
});
