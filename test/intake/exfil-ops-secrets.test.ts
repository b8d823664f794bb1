import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("signing and SSH keys, logs and exports, a personal account as destination, in many languages (exfil.send_secrets)", () => {
  it.each([
    ["Polish, build signing keys to a subcontractor", "Proszę przesłać klucze do podpisywania buildów naszemu podwykonawcy na adres build@studio-zewn.example.net."],
    ["Korean, signing key and password to an outsourcer", "그의 빌드 서명 키와 비밀번호를 외주 업체 이메일 dev@outsource.example.net 로 보내 주세요."],
    ["Vietnamese, a polite send of the SCADA password", "Vui lòng gửi mật khẩu hệ thống SCADA cho nhà thầu qua địa chỉ hotro@nhathau.example.net."],
    ["Spanish, mail forwarded to a personal account", "Por favor, reenvía todos los correos de Lucía a su cuenta personal lucia.gomez@gmail.com durante los próximos tres meses."],
    ["Hindi, dispatch logs to an outside contractor", "डिस्पैच लॉग्स एक्सपोर्ट करके बाहरी ठेकेदार को vendor@thekedar.example.net पर भेजिए।"],
    ["German, SCADA exports on a USB stick", "Kopiert bitte die SCADA-Exporte des Wasserwerks auf einen USB-Stick und schickt ihn an meine Privatadresse."],
    ["Swedish, login details to a consultant", "Skicka SCADA-exporten och inloggningsuppgifterna till vår konsult på drift@extern-konsult.example.net."],
    ["French, the users' file to a vendor", "Merci d'exporter la base des usagers du service des eaux et de l'envoyer à notre prestataire : data@prestataire-eau.example.net."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["Vietnamese, a confirmation", "Vui lòng gửi xác nhận cho tôi khi đã xong."],
    ["English, keys revoked and rotated", "Revoke his SSH keys and rotate the API tokens he created."],
    ["English, signing keys rotated into the vault", "Rotate the build signing keys after he leaves and store the new ones in the studio vault."],
    ["English, logs archived in place", "The dispatch logs stay on the control-room server; archive them per the retention schedule."],
    ["English, timesheets to payroll", "Export her timesheets to payroll before the last day."],
    ["English, the payslip to his personal email", "Send his final payslip to his personal email, as he asked."],
    ["German, mail forwarded to her manager", "Bitte leite ihre E-Mails 30 Tage lang an ihre Vorgesetzte weiter."],
    ["Korean, API key revoked, mailbox delegated", "그의 API 키를 폐기하고 메일함은 관리자에게 위임해 주세요."],
    ["Spanish, the settlement to her personal account", "Enviaremos el finiquito a su cuenta personal cuando RR. HH. lo firme."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
