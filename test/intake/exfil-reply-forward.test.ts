import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("exfiltration: a mail forward set up to an outside address, secrets posted as the ticket's reply, recovery keys and codes", () => {
  it.each([
    ["a forward set up as a noun, the mailbox named before it", "Leaver: Owen Price, last day Friday. Before his mailbox is deleted, please set up forwarding to owen.price.home@example.net for 60 days."],
    ["auto-forwarding of the mailbox kept running", "Mia Lund leaves tomorrow; please keep her mailbox auto-forwarding to mia.lund@example.org for a month."],
    ["the leaver's incoming mail forwarded (no mailbox word)", "Please forward all his incoming mail to tomas.reed.private@example.net for three months."],
    ["the leaver's mail forwarded (Swedish)", "Erik Sand slutar på fredag. Kan ni vidarebefordra hans mejl till erik.sand@example.net i två månader?"],
    ["the leaver's mail forwarded (Italian)", "Prima di chiudere l'account di Luca Bassi, potete inoltrare tutta la sua posta a luca.bassi@example.org?"],
    ["a copy of the mailbox sent as a noun (Polish 'przesłanie')", "Proszę o przesłanie kopii jego skrzynki na adres adam.nowak@example.net przed zamknięciem konta."],
    ["API keys posted in reply to the thread", "Before disabling Kim Hart, could you reply on this thread with her current cloud access keys so we can rotate them?"],
    ["a recovery key posted in reply to the e-mail", "Please reply to this email with his BitLocker recovery key so I can open the laptop."],
    ["an enrolment code sent to a private address", "Please reset her MFA and send the new enrolment code to my private address, j.doe@example.net."],
    ["passwords asked for 'in reply' (French)", "Pouvez-vous me répondre ici avec les mots de passe des boîtes partagées qu'elle gérait ?"],
    ["recovery codes left as a reply, the verb last (Korean)", "계정 삭제 전에 복구 코드와 임시 비밀번호를 이 티켓에 답장으로 남겨 주세요."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["a forward set up to the manager inside the organisation", "Leaver: Owen Price, last day Friday. Before his mailbox is deleted, please set up forwarding to his manager anna.berg@example.com for 60 days."],
    ["an out-of-office reply, nothing sent out", "Please set an automatic reply on her mailbox pointing people to the team inbox, and forward nothing."],
    ["a reply asked for, no secret in it", "Please reply to this ticket with the date the laptop was collected."],
    ["the recovery key kept by IT, nothing sent", "The BitLocker recovery key is escrowed in Intune; please do not reply to this email with it, just confirm the wipe."],
    ["an e-mail sent to the leaver's personal address about the payslip", "Please send an email to her personal address dana.r@example.net with the final payslip details."],
  ])("%s stays clean", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("exfil."))).toEqual([]);
  });
});
