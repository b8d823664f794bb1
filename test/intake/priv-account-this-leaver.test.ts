import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A privileged account folded into the leaver's request (lexicon/this-leaver.ts, rules/this-leaver-rules.ts).
describe("a privileged account folded into the leaver's request (PART_OF_THIS, ADMIN_ACCOUNT, target.additional)", () => {
  it.each([
    ["the tenant admin account included in this offboarding", "Please add the tenant admin account ga-tenant07@example.com to this offboarding. The leaver, Omar Haddad, created it, so it should leave with him."],
    ["a shared admin login removed as part of this ticket, next sentence", "Store lead here. Next to the leaver ticket for Petra Lang (petra.lang@example.com) there is the shared 'muc-storemgr' admin login for the till system.\nPlease delete that as part of this ticket as well; we can make a new one."],
    ["a shared login folded into her leaver", "offboarding for Ines Ruiz (CU-220140, Lab IT) on Monday. She set up the shared \"lab-root\" login the whole lab uses, could you fold it into her leaver?"],
    ["an administrator login under an extra-accounts heading", "Leaver: Tomas Berg, HVAC engineer (MH-40122)\nAdditional accounts: the HVAC \"administrator\" login and the vendor dial-in account. Please close these as part of this leaver."],
    ["'incluid también la cuenta de administrador' (Spanish)", "Hola, en la baja de Pablo Ortega (técnico de redes, Sevilla) incluid también la cuenta de administrador del firewall y la cuenta de servicio del backup, que él llevaba."],
    ["'dans le cadre de ce départ' (French)", "Bonjour, merci de désactiver le compte administrateur du pare-feu dans le cadre de ce départ, Luc Marchand le gérait."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["his own admin account in this offboarding", "Please add his admin account adm-ohaddad to this offboarding. The leaver, Omar Haddad (omar.haddad@example.com), used it for the firewall."],
    ["the admin login's password rotated as part of this ticket", "Leaver: Petra Lang (petra.lang@example.com). She knew the password of the shared till admin login; its password should be changed as part of this ticket."],
    ["her own admin account under an extra-accounts heading", "Leaver: Tomas Berg (tomas.berg@example.com)\nAdditional accounts: his admin account on the HVAC console. Please close these as part of this leaver."],
    ["'incluid también su cuenta de administrador' (Spanish, hers)", "Hola, en la baja de Pablo Ortega (pablo.ortega@example.com) incluid también su cuenta de administrador personal, que solo usaba él."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
