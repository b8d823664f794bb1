import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const exfil = async (text: string) => (await rulesOf(text)).filter((r) => r.startsWith("exfil."));

// The leaver's own mail is often where HR sends documents: "his email" is then the destination (MAIL_DEST, a forbidFirst of
// the send patterns), not the thing sent out. A send that is said not to happen is no exfiltration either.
describe("exfiltration: the leaver's mail as the destination of HR's documents, and a send said not to happen", () => {
  it.each([
    ["the termination letter to his email", "HR will send the termination letter to his email john.doe@gmail.com by Friday."],
    ["the payslip and P45 to her email", "Please send the final payslip and P45 to her email dana.reyes.home@gmail.com."],
    ["the settlement to her personal mail (Spanish)", "Recursos Humanos enviará su finiquito a su correo personal ana.ruiz@hotmail.es antes del viernes."],
    ["the termination form to her personal email (Portuguese)", "O RH vai enviar o termo de rescisão para o seu email pessoal maria.silva@gmail.com."],
    ["the certificate to his inbox", "We will send the employment certificate to his inbox marc.b@outlook.com once payroll closes."],
    ["a password said not to be sent", "Please do not send her password to my personal email."],
  ])("%s is not exfiltration", async (_label, text) => {
    expect(await exfil(text)).toEqual([]);
  });

  it.each([
    ["the customer list to his email", "Please send the customer list to his email john.doe@gmail.com before we close it."],
    ["his mail forwarded outside", "Forward his email to john.doe.private@gmail.com for a year."],
    ["her mail sent outside (Spanish)", "Envía su correo a ana.privada@gmail.com durante seis meses."],
    ["her mailbox exported and sent to his email", "Export her mailbox and send it to his email marc.b@outlook.com."],
    ["her password to the writer's personal email", "Send her password to my personal email please."],
    ["her password to the writer, the address in the next words", "Send me her password, my personal email is better."],
  ])("%s is still exfiltration", async (_label, text) => {
    expect(await exfil(text)).toContain("exfil.send_secrets");
  });
});
