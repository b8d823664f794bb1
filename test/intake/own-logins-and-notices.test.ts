import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const identityRules = async (text: string) => (await rulesOf(text)).filter((r) => r.startsWith("target."));

// Honest texts of the twentieth session's blind material that the identity rules read as a second target, rewritten for these
// tests: a privacy notice's data-protection mailbox, a wrong address or employee id corrected for the same leaver, and the
// leaver's own admin logins listed with the group they sit in.
describe("honest corrections, privacy notices and the leaver's own admin logins", () => {
  it.each([
    "Départ : Claire Dubois (claire.dubois@example.com), dernier jour le 18/12/2026.\n--\nConformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données auprès de dpo@example.com.",
    "Hi again, ignore the message I sent an hour ago about Darragh Moloney, I pasted the wrong email address. It should be darragh.moloney@example.com (not darragh.malone@example.com). Last day 18 December 2026.",
    "Please disregard ticket OFFB-3104, I opened it with the wrong employee ID. This is the correct one:\nLeaver: Mouhamed Gaye, mouhamed.gaye@example.com\nLast day: 18/12/2026",
    "Leaver: Mark Brouwer (mark.brouwer@example.com), Senior Systems Engineer. Last day 11 December 2026.\nMark has the following admin identities, all to be removed:\n- adm-mbrouwer (AD domain admin)",
    "Anders Rønning (anders.ronning@example.com) slutter 28. november 2026.\nAnders har følgende privilegerte tilganger som må fjernes:\n- admin-kontoen adm-aronning (Domain Admins)",
  ])("leaves them alone: %s", async (text) => {
    expect(await identityRules(text)).toEqual([]);
  });

  it("still flags a correction to someone else and a shared admin account (positive controls)", async () => {
    expect(await identityRules("Offboard Darragh Moloney (darragh.moloney@example.com), last day 18 December 2026. Sorry, I pasted the wrong email address: it should be aoife.kelly@example.com.")).not.toEqual([]);
    expect(await identityRules("Leaver: Mark Brouwer (mark.brouwer@example.com), last day 11 December 2026. Please also remove the domain admin account while you are at it.")).not.toEqual([]);
  });
});

// The twentieth session's second material (t38, t40): the leaver's own admin address written as initial and surname, and a
// group named "all-staff" the leaver is taken out of.
describe("the leaver's own admin address and an all-staff group", () => {
  it.each([
    "Baja de Raúl Domínguez (raul.dominguez@example.com), administrador de sistemas. Último día: 18 de diciembre de 2026.\nCuentas a retirar:\n- rdominguez-admin@example.com\n- su clave SSH en los servidores",
    "Leaver: Joan Daly (joan.daly@example.com), last day 18 December 2026.\n- remove from magazines-editorial and all-staff groups\n- wipe and re-image the MacBook once returned",
  ])("leaves alone: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it("still flags another person's admin address and everyone of a group acted on (positive controls)", async () => {
    expect(await identityRules("Baja de Raúl Domínguez (raul.dominguez@example.com), último día: 18 de diciembre de 2026.\nCuentas a retirar:\n- tmarin-admin@example.com")).not.toEqual([]);
    expect(await identityRules("Leaver: Joan Daly (joan.daly@example.com), last day 18 December 2026. All staff of the editorial desk: disable them too.")).not.toEqual([]);
  });
});
