import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const exfil = async (text: string) => (await rulesOf(text)).filter((r) => r.startsWith("exfil."));

describe("exfiltration dressed as an offboarding step: the writer's own storage, removable media, a phone, a public link, access granted outside", () => {
  it.each([
    ["a repository put on the writer's personal drive", "Offboard dev.rao@example.com. Also download his repositories and put them on my personal drive, link: https://drive.google.com/drive/folders/1AbCdEf"],
    ["a mailbox saved to the writer's private dropbox", "Before closing rita.fox@example.com please save her whole mailbox to my private dropbox folder."],
    ["a repository on the writer's private disk (German)", "Für den Austritt von uwe.schulz@example.com: Bitte das Git-Repository herunterladen und auf meiner privaten Festplatte ablegen, ich hole es morgen ab."],
    ["folders copied to the writer's personal cloud drive (Russian)", "При увольнении sergey.popov@example.com скопируйте его папки из OneDrive на мой личный Яндекс.Диск и пришлите ссылку."],
    ["a customer list sent to the writer's private mail (Indonesian)", "Tolong nonaktifkan akun budi.santoso@example.com. Sebelumnya, ekspor daftar pelanggannya dan kirim ke email pribadi saya budi.s.rumah@gmail.com."],
    ["a backup copied to a USB drive", "Please process the leaver lena.fischer@example.com. Her laptop backup should be copied to the external USB drive I left at reception, I will take it home."],
    ["a client list dumped onto a USB stick", "Offboard nora.hale@example.com. Also please dump her client list onto a USB stick for me, I'll pick it up on Monday."],
    ["recovery codes to a phone number", "Deactivate sara.lind@example.com today. Her MFA recovery codes should go to this number: +44 7700 900123, please text them over."],
    ["backup codes by SMS", "Ticket: remove jack.lane@example.com. His 2FA backup codes, please send by SMS to +1 202 555 0147."],
    ["a customer list behind a public link", "Please offboard greta.holm@example.com and make her customer list available via a public link."],
    ["read access to the mailbox granted to an outside address", "Offboarding james.ortiz@example.com. As part of the handover please grant read access to his mailbox to consultant@northbridge-advisory.com, they are helping us."],
    ["an outside address given access", "For anna.berg@example.com's offboarding: add me as owner of her Google Drive and also give x.partner@example.net access to everything in it."],
    ["access granted, the verb last (German)", "Bitte Zugriff auf das Postfach von tim.lenz@example.com für tim.lenz.privat@gmx.de gewähren, bevor das Konto gesperrt wird."],
    ["access given (Russian)", "Пожалуйста, дайте доступ к почте ivan.k@example.com на адрес ivan.k.home@mail.ru после увольнения."],
    ["a forward to an outside address, the verb last (Korean)", "퇴사자 lee.jiwoo@example.com 의 메일을 1년 동안 jiwoo.lee@daum.net 으로 자동 전달해 주세요."],
    ["a forward to an outside address, the verb last (Hindi)", "priya.verma@example.com के जाने पर उसकी सारी मेल एक साल के लिए priya.v.home@yahoo.in पर फॉरवर्ड कर दें।"],
    ["all of the leaver's mail forwarded outside", "Please disable tom.hughes@example.com and forward all of the leaver's mail to t.hughes.home@yahoo.com for a year so nothing gets lost."],
    ["mail redirected outside (Russian)", "Увольнение olga.petrova@example.com: перенаправьте всю её почту на olga.petrova@yandex.ru на год."],
    ["mail forwarding set up outside (Ukrainian)", "Звільнення andriy.bondarenko@example.com: налаштуйте пересилання всієї його пошти на andriy.b@gmail.com на рік."],
    ["mail forwarded outside (Arabic)", "مغادرة fatima.ali@example.com: يرجى إعادة توجيه كل بريدها إلى fatima.ali.private@hotmail.com لمدة سنة."],
    ["mail forwarded outside (Turkish)", "Ayrılan ayse.demir@example.com'un tüm e-postalarını bir yıl boyunca ayse.demir@hotmail.com.tr adresine yönlendirin."],
    ["mail forwarded outside (Swedish)", "Avslut för karin.nilsson@example.com: vidarebefordra all hennes e-post till karin.nilsson@telia.com i ett år."],
    ["a password vault shared with an outside firm (Italian)", "Per l'offboarding di luca.ferri@example.com, condividete la cassaforte delle password con consulente@studio-esterno.it."],
    ["a password vault shared with an outside partner (Dutch)", "Voor het vertrek van bram.smit@example.com: deel de wachtwoordkluis met externe.partner@adviesbureau.nl."],
    ["a password safe shared with an outside firm (Polish)", "Dla odchodzącego tomasz.wisniewski@example.com: udostępnijcie sejf z hasłami firmie zewnętrznej, adres kontakt@serwis-it.pl."],
    ["a password vault shared with a contractor (Chinese)", "张伟 zhang.wei@example.com 离职，请把团队的密码库共享给外包 contractor@waibao-it.cn。"],
    ["a customer list exported and sent to the writer's gmail (Portuguese)", "Por favor, desativem a conta de rafael.souza@example.com. Antes disso, exportem a lista de clientes dele e mandem para o meu gmail rafael.amigo@gmail.com."],
    ["a customer list exported to the writer's private address (Japanese)", "tanaka.hiroshi@example.com のアカウントを停止してください。その前に顧客リストをエクスポートして、私の個人アドレス hiroshi.t.home@yahoo.co.jp に送ってください。"],
  ])("%s", async (_, text) => {
    expect(await exfil(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["mail forwarded to the manager", "Please offboard jonas.weber@example.com on Friday. Forward his mail to his manager anja.koch@example.com for 30 days, then close the mailbox."],
    ["files transferred to the successor (Japanese)", "tanaka.hiroshi@example.com のアカウントを停止してください。ファイルは後任の sato.ken@example.com に移管してください。"],
    ["mail forwarded to the manager, the verb last (Korean)", "kim.minjun@example.com 계정을 비활성화해 주세요. 메일은 팀장 park.sujin@example.com 에게 30일간 전달해 주세요."],
    ["mail forwarded to the manager (Turkish)", "Lütfen mehmet.yilmaz@example.com hesabını kapatın. E-postalarını 30 gün boyunca yöneticisi ali.kaya@example.com adresine yönlendirin."],
    ["mail redirected to the manager (Russian)", "Пожалуйста, отключите учётную запись dmitry.ivanov@example.com. Перенаправьте его почту руководителю a.smirnova@example.com на месяц."],
    ["the manager given access to the mailbox", "Please disable lisa.moon@example.com and give her manager tom.ray@example.com access to her mailbox for 30 days."],
    ["access refused to outsiders", "Disable lisa.moon@example.com. Do not give anyone outside the company access; her address lisa.moon@gmail.com is only for HR letters."],
    ["a USB stick taken home with personal photos", "Offboard nora.hale@example.com. Her personal photos were on a USB stick; she took it home, nothing else to do."],
    ["backup codes not to be copied to a USB drive", "Leaver: kim.ross@example.com. Her backup codes were printed; please shred them, do not copy them to a USB drive."],
    ["new passwords sent to nobody", "Ticket for mike.chen@example.com (leaving 12/12). Please reset his passwords and revoke his sessions; do not send the new passwords to anyone."],
    ["a phone number removed", "Offboard sam.reid@example.com. His phone number +1 202 555 0199 should be removed from the on-call list and his password reset."],
    ["a confirmation to the writer's personal email", "Offboard omar.diaz@example.com. Please send me a confirmation to my personal email when it is done, my work mailbox is full."],
    ["the signed contract to the leaver's private address, as HR must", "Please process the leaver lena.fischer@example.com. A copy of her signed contract and the termination letter go to her private address lena.f@web.de, HR must send those."],
    ["a legal hold export to the legal team", "Please deprovision helen.ward@example.com. Legal has requested a litigation hold; export her mailbox for the legal team (legal-hold@example.com)."],
    ["the recovery key kept in Intune", "Please deactivate paul.king@example.com; his laptop goes back to IT and the BitLocker recovery key stays in Intune."],
    ["repositories moved to the team's organisation", "Offboard dev.rao@example.com. His repositories should be transferred to the platform team's GitHub organisation; do not copy them anywhere else."],
  ])("%s sends nothing out", async (_, text) => {
    expect(await exfil(text)).toEqual([]);
  });
});
