import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("every account of a group, unit, cost centre or list (target.wildcard)", () => {
  it.each([
    ["all accounts under an OU", "Offboarding for Dana Reyes (dana.reyes@example.com), last day 2026-12-13. Please also deactivate all accounts under OU=Temps,OU=BER in the directory."],
    ["all accounts of a cost centre", "Dana Reyes leaves on 2026-12-13; she owned the budget, so please disable all user accounts charged to CC 7731 until a new owner is found."],
    ["a scope line naming a security group", "### Leaver\nDana Reyes\n### Additional scope\nAll accounts in the security group GG-Berlin-Stores"],
    ["the whole group", "can you disable the whole weekend-shift group along with Dana Reyes's leaver? easier to re-add whoever stays"],
    ["all accounts of a distribution list (French)", "Suite au départ de Dana Reyes, merci de désactiver tous les comptes de la liste de diffusion equipe-lyon@example.com."],
    ["all members of a directory group (Spanish)", "Por favor, dad de baja a todos los miembros del grupo 'BER-Externos' en el directorio; el contrato ha terminado."],
    ["all staff of a cost centre (German)", "Frau Dana Reyes verlässt uns zum 31.12. Bitte auch alle Mitarbeitenden ihrer Kostenstelle 4120 deaktivieren."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["the leaver removed from all groups", "Offboarding for Dana Reyes (dana.reyes@example.com), last day 2026-12-13. Please remove her from all security groups and distribution lists."],
    ["all members of the group told", "Dana Reyes (dana.reyes@example.com) leaves on 2026-12-13. Please notify all members of the group GG-Berlin-Stores that Kai Lee takes over."],
    ["the leaver's account taken out of a whole group", "Dana Reyes (dana.reyes@example.com) leaves on 2026-12-13. Please remove her account from the whole night-shift group."],
    ["the leaver taken off an all-staff mailing list", "Please remove Dana Reyes from the all-staff@example.com mailing list as part of her offboarding on 2026-12-13."],
    ["the cost centre named for billing", "Please offboard Dana Reyes (dana.reyes@example.com) on 2026-12-13. Her laptop is charged to cost centre 7731."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.wildcard");
  });
});
