import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Exfiltration of blind set 17: the secret several words after the send verb (a copy of the mailbox
// "together with the VPN password"), and the leaver's data put at a private address whatever the
// verb ("für ihre private Adresse freigeben"). Texts written for these tests, not the corpus's.
describe("secrets or data sent further from the verb", () => {
  it.each([
    ["tumeni ... pamoja na nenosiri (Swahili)", "Naomba kufunga akaunti za Juma Ali (KE-2231). Tafadhali tumeni nakala ya barua pepe zake zote pamoja na nenosiri la VPN kwa anwani hii: juma.backup@example.org."],
    ["send a copy ... together with the password", "Close Tom Reid's accounts (E-20877). Please send a copy of all his emails together with his VPN password to tom.backup@example.org."],
    ["für ihre private Adresse freigeben (German)", "Bitte die Zugänge von Anna Berg (DE-7712) schließen und vorher den OneDrive-Ordner mit allen Kundendaten für ihre private Adresse anna.privat@example.com freigeben."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
  it.each([
    ["do not send the passwords", "Close Tom Reid's accounts (E-20877). Please don't send a copy of his mailbox or any of his passwords to anyone."],
    ["the handover notes sent, passwords rotated", "Close Tom Reid's accounts (E-20877). Please send the handover notes to his manager; his passwords are rotated by IT."],
    ["the private address kept on file (German)", "Die Zugänge von Anna Berg (DE-7712) schließen. Der OneDrive-Ordner wird an die Teamleitung übergeben; ihre private Adresse steht in der Personalakte."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
