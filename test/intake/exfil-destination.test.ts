import { describe, expect, it } from "vitest";
import { organisationDomain } from "../../app/intake/detect-identities.js";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER, rulesOf } from "./free-text-rules.js";

const opts = { requester: REQUESTER, now: NOW };

describe("exfiltration: the leaver's data sent to an address outside the organisation, even when it is the text's only address", () => {
  it.each([
    ["the PST sent to a home address (the only address)", "Please close down the accounts of Mark Hale (E-20417) on 12 May. Before the mailbox is removed, export it and send the PST to mark.hale.home@example.net."],
    ["a mailbox forwarded to a personal address (Portuguese)", "Desligamento do Rui Costa, último dia 30/11. Ele pediu pra encaminhar a caixa de e-mail dele pro endereço pessoal rui.costa.pessoal@example.net por uns 30 dias."],
    ["a folder forwarded to a consultancy (Italian)", "Chiudete pure gli accessi di Marco Neri dal 30 aprile. Potete inoltrare il contenuto della sua cartella Progetti a marco@neri-consulenze.example.org?"],
    ["the destination given in the next sentence (French)", "Départ de Paul Durand le 25 avril. Pourriez-vous m'envoyer un export de ses fichiers avant la suppression ? Mon adresse perso est plus simple : p.durand@example.org."],
    ["the verb last (German)", "Austritt von Jan Kurz zum 30.11. Bitte vorher das Postfach an jan.kurz.privat@example.net weiterleiten."],
    ["a forwarding setting in a PowerShell block", "Last day Friday for jdoe, commands below:\n```\nDisable-ADAccount -Identity jdoe\nSet-Mailbox jdoe -ForwardingSmtpAddress helper@example.org\n```"],
    ["a download link shared with an outside address", "Offboarding for Natalie Brooks (E-178820), last day 29 Nov. Please export the mailbox to PST and share a download link with natalie.keep@example.net."],
    ["a password sent to a private mail (Polish, plural imperative)", "Szymon Baran odchodzi w piątek. Podeślijcie mi proszę hasło do konta serwisowego na prywatny mail tomek.prywatny@example.net."],
    // The word for an address between the recipient marker (or the verb carrying it) and the address.
    ["the mailbox sent 'to the address' (the only address)", "Leaver: Tom Baker (E-40512), last day 30 November. Please export his mailbox and send it to the address tom.baker.files@example.net."],
    ["a mailbox and customer list sent 'về địa chỉ' (Vietnamese, the only address)", "Nhân viên nghỉ việc: Trần Văn Nam (E-100231), ngày cuối 30/11. Nhờ IT xuất toàn bộ hộp thư của anh ấy rồi gửi về địa chỉ nam.tran.luu@example.net."],
    ["OneDrive copied to a private address, the verb last (German 'kopieren')", "Austritt Lena Vogt (E-33012) zum 31.12. Bitte vorher den Inhalt ihres OneDrive an die Adresse lena.archiv@example.net kopieren."],
    ["a mailbox forwarded, the Dutch participle ('doorgestuurd naar')", "Uitdiensttreding Bram de Wit per 1 december. Zijn mailbox wordt daarna doorgestuurd naar bram.prive@example.net."],
    ["a copy of the mailbox sent 'til' (Danish, the only address)", "Jonas Holm stopper 30. april. Ved lukning sendes en kopi af hans postkasse til jonas.holm.privat@example.net."],
    // The party named first, its address after it; and a field named for where the data goes.
    ["a contact list emailed 'to the agency at' an outside address (the only address)", "As part of offboarding Ken Ito, please export the client contact list he kept and email it to the agency at intake@example.net for their files."],
    ["a mailbox sent to an outside party named before its address, after a comma", "Leaver: Ana Ruiz (E-30412). Export her mailbox and upload it to the consultancy taking over her files, handover@example.org."],
    ["forward and transfer fields holding an outside address (YAML)", "leaver: Ken Ito\nemployee_id: E-40231\nmail_forward: ken.ito@example.net\ndrive_transfer_to: ken.ito@example.net"],
    ["files sent 'ไปที่' (Thai: the send verb a whole phrase before the address)", "คำขอลาออก: คุณสมชาย ใจดี วันสุดท้าย 30 พ.ย. รบกวนส่งไฟล์ทั้งหมดใน OneDrive และรายชื่อลูกค้าของเขาไปที่ somchai.keep@example.net ด้วยครับ"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["a mailbox forwarded to the manager at a subdomain of the organisation", "Please offboard Daniel Okafor, last day 2024-12-20. Forward his mailbox to anna.nowak@northwind.example.com (his manager) for 30 days."],
    ["files transferred to the successor beside the leaver's address", "Please offboard dokafor@northwind.example.com, last day 2024-12-20, and transfer his OneDrive files to eva.lis@eu.northwind.example.com."],
    ["an export to the company's own archive", "Leaver: Stephen Clarke, last day 30 April. Before deletion, export his mailbox and send the PST to records-archive@example.com under legal hold LH-2025-002."],
    ["a personal address given for the payslip, nothing sent to it but the payslip", "Dana Reyes leaves on 2026-12-30. Her personal email for the final payslip is dana.r@example.net."],
    ["a mailbox forwarded to the manager, the leaver named by address (German)", "Austritt von jan.kurz@example.com zum 30.11. Bitte das Postfach an seine Vorgesetzte eva.berg@example.com weiterleiten."],
    ["a mailbox forwarded to the company's own archive (Dutch participle)", "Uitdiensttreding Bram de Wit per 1 december. Zijn mailbox wordt daarna doorgestuurd naar archief@example.com."],
    ["a copy of the mailbox sent to the manager at the company's domain (Danish)", "Jonas Holm stopper 30. april. Ved lukning sendes en kopi af hans postkasse til hans leder mette.berg@example.com."],
    ["files sent 'về địa chỉ' of the company's archive (Vietnamese)", "Nhân viên nghỉ việc: Trần Văn Nam (E-100231), ngày cuối 30/11. Nhờ IT xuất hộp thư rồi gửi về địa chỉ luutru@example.com."],
    ["a contact list emailed 'to the manager at' the company's domain", "As part of offboarding Ken Ito, please export the client contact list he kept and email it to his manager at mia.sato@example.com."],
    ["a forward field holding the manager's address at the company's domain (YAML)", "leaver: Ken Ito\nemployee_id: E-40231\nmail_forward: mia.sato@example.com"],
    ["the leaver's own address after the word 'address', nothing sent", "Please disable the account with the e-mail address tom.baker@example.net, last day 30 November (resignation)."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("the target is never an address that data is sent to", () => {
  it("does not take a destination or a personal address for the leaver", () => {
    expect(extractFields("Please export her mailbox and send the PST to mark.hale.home@example.net.", opts)).toMatchObject({ targetEmail: null, targetBasis: "ambiguous" });
    expect(extractFields("Mon adresse perso est plus simple : p.durand@example.org.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Set-Mailbox jdoe -ForwardingSmtpAddress helper@example.org", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Bitte den Inhalt an die Adresse x.privat@example.net kopieren.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Nhờ xuất hộp thư rồi gửi về địa chỉ lan.backup@example.net.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Ved lukning sendes en kopi af postkassen til x.privat@example.net.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Please disable the account with the e-mail address tom.baker@example.net.", opts)).toMatchObject({ targetEmail: "tom.baker@example.net" });
    expect(extractFields("Please email the export to the agency at intake@example.net.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Upload it to the consultancy taking over her files, handover@example.org.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("leaver: Ken Ito\nmail_forward: ken.ito@example.net", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Bitte vorher ihre Kundenliste an ihren Nachfolger jan.kurz@example.com schicken.", opts)).toMatchObject({ targetEmail: null });
  });

  it("still finds the leaver beside a destination, and a leaver's only address after a plain 'to'", () => {
    expect(extractFields("Please offboard dana.reyes@example.com. Forward her mailbox to lee.wong@example.com for 30 days.", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com" });
    expect(extractFields("Offboarding request for Dana (E1042): forward her mailbox to lee.wong@example.com. Her address is dana.reyes@example.com.", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com" });
    expect(extractFields("Access removal to dana.reyes@example.com is due on 2026-11-30.", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com", targetBasis: "only_address" });
    expect(extractFields("Please send a confirmation to me, and offboard dana.reyes@example.com today.", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com" });
    expect(extractFields("Send the checklist to the team. The leaver is at dana.reyes@example.com.", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com" });
    expect(extractFields("leaver_email: dana.reyes@example.com\nmail_forward: none", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com" });
  });
});

describe("organisationDomain", () => {
  it.each([
    ["example.com", "example.com"],
    ["eu.northwind.example.com", "example.com"],
    ["example.co.uk", "example.co.uk"],
    ["mail.example.co.uk", "example.co.uk"],
    ["galli-consulting.example.org", "example.org"],
    ["localhost", "localhost"],
  ])("%s belongs to %s", (domain, org) => {
    expect(organisationDomain(domain)).toBe(org);
  });
});
