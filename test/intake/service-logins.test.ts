import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a shared privileged or service login acted on with the leaver (PRIV_LOGIN, target.additional)", () => {
  it.each([
    ["also disabled, English", "Leaver: Omar Haddad, desktop support (omar.haddad@example.com), 12 Dec.\nAs he had access to them, please also disable svc-print-relay and the login bg-ops-lis in the same change."],
    ["added to the removal, English", "Add svc-archive-nightly to the removal for Ingrid Solberg (EMP 55120). She set it up, so it should go with her."],
    ["verb last, Dutch", "Bij het vertrek van Femke Visser graag ook het gedeelde account 'kassa-admin-west' uitschakelen, dat gebruikte zij ook."],
    ["verb last, German", "Austritt von Jonas Brandl zum 31.12. Bitte im selben Zug auch svc-lager-sync deaktivieren."],
    ["a list line, English", "Leaver: Carla Mendes (EMP 44810).\nAlso remove: svc-billing-export, svc-billing-replica. They were hers."],
    ["a product name beside the login, English", "Leaver: Rolf Dekker, EMP 29870, DBA for ParkReg.\nAlso remove: svc-parkreg-batch and svc-parkreg-replica. He set them up, so they should go with him."],
    ["a numbered emergency login and an admin address, Chinese", "离职：王强（qiang.wang@example.com），IT 管理员。请同时删除他创建的全局管理员账号 globaladmin@example.com 以及应急账号 break-glass-07。"],
    ["the login first, acted on after, English", "Marta Kowal (paralegal) leaves Friday. She also used the 'hq-scanadmin' login for the print room, can you disable that one too?"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the leaver's own admin login", "Leaver: Olaf Brink (EMP 35620), network engineer. Please also disable adm-obrink and his normal account."],
    ["the leaver's own named break-glass login", "Proszę o odebranie Pawłowi Dąbrowskiemu wszystkich uprawnień, w tym imiennego loginu bg-pdabrowski."],
    ["a service login handed over, not disabled", "Please remove Dana Reyes's access. The service account she created (svc-metrics-export) is to be transferred to the data team."],
    ["a service login kept", "Please disable Radu Ionescu's accounts. svc-tos-backup is handed to his colleague and must not be disabled."],
    ["removed from a group named like a login", "Please remove Lena Fischer from pos-admin-emea and disable her account."],
    ["the leaver's own admin login, Korean", "서버 관리자 김도현 님이 퇴사합니다. 관리자 계정(adm-dhkim)과 일반 계정 모두 최종 근무일에 비활성화해 주세요."],
    ["the word break-glass, English", "Please disable Ravi Menon's accounts after the security review, then rotate break-glass creds after his removal."],
    ["a procedure, not a login", "Vikram Rao leaves on 1/10; please disable his accounts per the admin-leaver runbook."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
