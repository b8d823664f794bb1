import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets of the training material: HR's record of the leaver disowned, with the value it
// holds quoted, or the kind of value named in more words and languages (texts written for these tests).
describe("HR's record of the leaver disowned", () => {
  it.each([
    ["the record's id quoted, then disregarded", "Please offboard Elif Kaya, last day Friday. Employee ID: KS-40112. The HR record shows KS-40121, please ignore that, our system has it wrong."],
    ["Workday shows ... but that's out of date", "Leaver: Omar Haddad\nEmployee ID: EM-71234\nNote: Workday lists Omar as EM-71243 but that is outdated, please action EM-71234."],
    ["an old employee number (Workday)", "Workday still shows an old employee number for Lars; the directory entry E-55102 is the right one, act on that."],
    ["the HR record transposed the digits", "The account to remove belongs to EMP 20541; the HR record transposed the digits, so kindly proceed with it."],
    ["l'adresse indiquée par les RH est erronée (French)", "Départ de Mme Anne Roux : l'adresse indiquée par les RH est erronée, merci de désactiver anne.rous@example.com."],
    ["HR-systemet har feil nummer (Norwegian)", "HR-systemet har feil nummer, så bruk katalogoppføringen for Kari Lund."],
    ["das HR-System hat die alte Nummer (German)", "Das HR-System hat die alte Nummer für Jonas Weber, bitte die Personalnummer 40117 aus dem Verzeichnis nehmen."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["the writer's own slip, HR right", "Employee ID: KS-40112 for Elif Kaya. The HR record shows KS-40112 too; I wrote it wrong earlier, sorry."],
    ["a wrong date in Workday", "Workday shows 31 May for Anna Berg, which is wrong; her last day is 30 May."],
    ["the record confirmed", "The correct ID is KS-40112, which matches her name in the HR system, please verify there. Same person."],
    ["an old laptop, not a record", "HR asked us to wipe the old laptop of Jonas Weber before Friday."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
