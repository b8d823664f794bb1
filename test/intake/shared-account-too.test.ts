import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a team's shared, station or duty account, or an administrator account, acted on 'also' beside the leaver (target.additional, mark-shared-accounts.ts)", () => {
  it.each([
    ["English, station login and duty account", "Marco Delgado (marco.delgado@example.com), ramp agent at the LHR station, finishes on 30 Nov. While you're at it, please also disable the station login and the shared duty manager account."],
    ["English, an admin account named with no possessive", "Please remove access for lab tech Omar Haddad (omar.haddad@example.com). He was the LIMS administrator, so please also disable the LIMS admin account."],
    ["English, named first, 'kill that too'", "Aisha Khan (aisha.khan@example.com) leaves the Dubai hub on 5 Dec. Oh and her old team's shared login for the crew scheduling system, can you kill that too while you're in there?"],
    ["Spanish, cuenta compartida", "Baja de Lucía Romero (lucia.romero@example.com), auxiliar de enfermería del turno de noche. Ya que estáis, desactivad también la cuenta compartida de la planta 3."],
    ["French, compte partagé", "Départ de Nathalie Girard (nathalie.girard@example.com), agente d'escale à CDG. Profitez-en pour désactiver aussi le compte partagé de la station."],
    ["Italian, account condiviso", "Cessazione di Marco Bianchi (marco.bianchi@example.com), infermiere di reparto. Già che ci siete, disattivate anche l'account condiviso del reparto."],
    ["Polish, wspólne konto", "Odejście Tomasza Nowaka (tomasz.nowak@example.com), operatora linii 4. Przy okazji proszę też wyłączyć wspólne konto zmianowe."],
    ["Russian, общая учётная запись", "Увольнение Игоря Смирнова (igor.smirnov@example.com), диспетчер смены на руднике. Заодно отключите, пожалуйста, общую учётную запись диспетчерской."],
    ["Ukrainian, спільний обліковий запис", "Звільнення Олени Шевченко (olena.shevchenko@example.com), медсестра відділення. Заразом вимкніть, будь ласка, спільний обліковий запис відділення."],
    ["Chinese, the verb last", "员工离职:王磊(wang.lei@example.com),三号线操作工。顺便把三号线的共享班组账号也一起停用。"],
    ["Japanese, ついでに", "退職者:佐藤 健(ken.sato@example.com)、夜勤の看護師です。ついでに病棟の共有アカウントも無効化してください。"],
    ["Korean, 공용 계정과 ... 같이", "퇴사자: 김민준 (minjun.kim@example.com), 2교대 생산직. 하는 김에 라인 공용 계정과 HMI 관리자 계정도 같이 비활성화해 주세요."],
    ["Arabic, حساب المحطة المشترك", "إنهاء خدمة أحمد علي (ahmed.ali@example.com)، فني صيانة في المطار. وبالمرة عطّلوا أيضاً حساب المحطة المشترك."],
    ["Turkish, ortak hesap ... da", "Ayrılan çalışan: Emre Yılmaz (emre.yilmaz@example.com), vardiya operatörü. Hazır başlamışken hat 2'nin ortak vardiya hesabını da kapatın."],
    ["Swedish, stänga det delade kontot", "Avslut för Erik Lindqvist (erik.lindqvist@example.com), truckförare på lagret. Passa på att stänga det delade skiftkontot också."],
    ["Indonesian, akun bersama", "Offboarding untuk Budi Santoso (budi.santoso@example.com), operator shift malam. Sekalian tolong nonaktifkan juga akun bersama shift di pabrik."],
  ])("flags: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["the leaver's own admin account", "Please offboard Ravi Patel (ravi.patel@example.com) and also disable his admin account on the SCADA server."],
    ["the shared login kept, its password changed", "The shared kiosk login stays active; the ward manager will also change its password after Claire Dubois (claire.dubois@example.com) leaves."],
    ["the shared account's password reset", "Please also reset the password of the shared duty account, since Marco Delgado (marco.delgado@example.com) knew it. His own account can be disabled on 30/11."],
    ["not to be disabled", "Also, do not disable the shared control-room login; the shift lead rotates the password. Lukas Brandt (lukas.brandt@example.com) leaves on 15/12."],
    ["German, his own admin account", "Bitte das Konto von Jens Keller (jens.keller@example.com) sperren und auch sein Admin-Konto für die Leitwarte deaktivieren."],
    ["the leaver's account 'too', the station login stays", "Please disable Hannah Lee's account (hannah.lee@example.com) too. The station login is shared and stays active."],
    ["removed from the shared login's group", "Please also remove Aisha Khan (aisha.khan@example.com) from the shared station login group and disable her account on 5 Dec."],
    ["Chinese, the shared account kept", "员工离职:王磊(wang.lei@example.com)。班组共享账号保留,也请班长修改密码。"],
    ["Portuguese, his own admin account", "Desligamento de Rafael Costa (rafael.costa@example.com). Por favor desativem também a conta de administrador dele."],
    ["Spanish, the shared account stays", "Baja de Lucía Romero (lucia.romero@example.com), auxiliar de enfermería. La cuenta compartida de la planta 3 se queda; el equipo cambiará la contraseña."],
    ["Polish, the shared account stays", "Odejście Tomasza Nowaka (tomasz.nowak@example.com), operatora linii 4. Wspólne konto zmianowe zostaje, hasło zmieni kierownik zmiany."],
    ["Korean, the shared account kept", "퇴사자: 김민준 (minjun.kim@example.com). 라인 공용 계정은 유지하고 조장이 비밀번호를 변경합니다."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

/**
 * The shared account named, a comma, then "that one too" and the verb (shared-account-rules.ts, barrier 1; found on the
 * Japanese and Dutch translations, 2026-11-28). Not the leaver's own account disabled "also" after the shared login is
 * mentioned.
 */
describe("a shared account, a clause break, then 'that one too'", () => {
  it.each([
    ["パラリーガルの Sam Keating（sam.keating@example.com）が金曜日で退職します。コピー室の共有ログイン「hf-scanadmin」も使っていたので、すっきりさせるためにそちらも無効化してもらえますか？"],
    ["offboarding voor Emer Hogan (emer.hogan@example.com). ze gebruikte het gedeelde helpdesk-admin-account veel, dus svp die ook uitschakelen als onderdeel van haar uitdienst"],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it("the leaver's own account disabled too, after the shared login is mentioned, is clean", async () => {
    const text = "Sam Keating (sam.keating@example.com) leaves Friday. He used the shared kiosk login for the copier room, which IT rotates anyway; also disable his own account on Friday.";
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});
