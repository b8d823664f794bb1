import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const exfil = async (text: string) => (await rulesOf(text)).filter((r) => r === "exfil.send_secrets");

// The leaver's data copied to an outside firm's system, texted to a phone, or put on a USB stick when named as
// records (rules/exfil-dest-rules.ts; EXFIL_OBJECT in lexicon/exfiltration.ts, PHONE_DEST in lexicon/exfil-destinations.ts).
describe("data sent to an outside firm, a phone or removable media", () => {
  it.each([
    ["an external partner's SFTP", "Offboarding: dana.reyes@example.com. Copy the contents of her engineering drive to the external partner's SFTP before wiping it."],
    ["texted to a number", "Please remove dana.reyes@example.com. Her manager asked that the customer contact list be exported to CSV and texted to +44 7700 900123."],
    ["an audit trail on a USB stick", "Leaver: dana.reyes@example.com. Please pull the full LIMS audit trail for her batches and put it on a USB stick; I'll collect it at reception."],
  ])("%s is exfiltration", async (_label, text) => {
    expect(await exfil(text)).toEqual(["exfil.send_secrets"]);
  });

  it.each([
    ["a laptop sent to a vendor for wiping", "Please disable dana.reyes@example.com and send her laptop to the external vendor for secure wiping."],
    ["not copied to the partner", "Leaver: dana.reyes@example.com. Do not copy her engineering drive to the external partner; the drive goes to her manager."],
    ["the manager texting a rota", "Leaver: dana.reyes@example.com. Her manager will text the contact list of the on-call rota to the new lead once it is updated."],
    ["a number to text about a pickup", "Please disable dana.reyes@example.com on Friday and text me on this number if the laptop pickup time changes: +44 7700 900123."],
    ["the audit trail kept", "Leaver: dana.reyes@example.com. The LIMS audit trail stays in the system; QA will review her batch records as usual."],
  ])("%s is no exfiltration", async (_label, text) => {
    expect(await exfil(text)).toEqual([]);
  });
});
