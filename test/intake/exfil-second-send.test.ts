import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const exfil = async (text: string) => (await rulesOf(text)).filter((r) => r.startsWith("exfil."));

// The leaver's mail forwarded inside, then HR's paperwork sent to the leaver's own address: the address belongs to the second
// send, whose cargo is HR's documents (SEND_OTHER_CARGO, lexicon/exfil-destinations.ts), not the mail of the first.
describe("exfiltration: a second send of HR's paperwork after the mail is forwarded inside", () => {
  it.each([
    ["exit documents after the mail forwarded to the manager", "Manager: Yusuf Hamdan (approved). Please forward his mail to Yusuf and send the exit documents to his personal email m.alfarsi@gmail.com."],
    ["the final payslip after the mailbox forwarded", "Please forward her mailbox to her manager and send the final payslip to her personal address ana.ruiz@gmail.com."],
  ])("%s is not exfiltration", async (_label, text) => {
    expect(await exfil(text)).toEqual([]);
  });

  it.each([
    ["the customer list second", "Please forward his mail to Yusuf and send the customer list to his personal email m.alfarsi@gmail.com."],
    ["the passwords second", "Forward his mailbox to his manager and send the passwords to m.alfarsi@gmail.com."],
    ["the export sent on as 'the archive'", "Before the mailbox is disabled, please export it together with his OneDrive and send the archive to records-keeper.vf@example.com, the external records firm we use."],
    ["the export sent on as 'the zip'", "Please export Isla Murray's OneDrive and send the zip to isla.murray.consulting@example.org."],
    ["the export sent on as 'it'", "Export her mailbox and send it to ana.private@gmail.com."],
    ["the rest of his mailbox second", "Forward his mailbox to Yusuf and send the rest of his mailbox to m.alfarsi@gmail.com."],
    ["the passwords second (Spanish)", "Reenviad su correo a su jefe y enviad las contraseñas a ana.ruiz@gmail.com."],
  ])("%s is still exfiltration", async (_label, text) => {
    expect(await exfil(text)).toContain("exfil.send_secrets");
  });
});
