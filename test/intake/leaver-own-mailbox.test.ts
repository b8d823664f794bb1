import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("the leaver's own mailbox elsewhere: data sent to an address that names the request's person", () => {
  it("the same name at another domain than the work address is the leaver's private mailbox", async () => {
    const text = "Hi, offboarding Nora Kessel (nora.kessel@harbourline.example.com), claims handler, last day 9 Jan.\nShe wants her mail for her own files - please export her mailbox and send it to nora.kessel@mail.example.com before closing.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("Spanish: the name reordered with an initial added is the same person", async () => {
    const text = "Hola, baja de Nora Kessel (nora.kessel@harbourline.example.com), último día 9/1.\nAntes de cerrar la cuenta, reenviad su buzón y la carpeta de siniestros a kessel.nora.k@mail.example.com.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("Italian: the person named with an employee id, the forward pointed at an address with an initial of that name", async () => {
    const text = "Buongiorno, Matteo Ferri (HB-44120) lascia l'azienda il 9/1. Prima della chiusura impostate l'inoltro automatico della sua casella verso m.ferri@mail.example.com.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["her mailbox handed to her manager, who shares her first name", "Hi, offboarding Nora Kessel (nora.kessel@harbourline.example.com), claims handler, last day 9 Jan.\nPlease export her mailbox and send it to her manager nora.lind@harbourline.example.com."],
    ["the leaver's mail handed to a colleague named with an id", "Buongiorno, Matteo Ferri (HB-44120) lascia l'azienda il 9/1. Impostate l'inoltro automatico della sua casella verso la collega Giulia Neri (HB-40017), g.neri@harbourline.example.com."],
    ["her final payslip sent to her private address", "Hi, offboarding Nora Kessel (nora.kessel@harbourline.example.com), last day 9 Jan.\nPayroll will send her final payslip to nora.kessel@mail.example.com."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
  it.each([
    ["the first name's start and the surname joined, shared 'con' the address", "Hola, Renata Solís (HB-50331) deja la empresa el 9/1. Antes del cierre, compartid su carpeta de proyectos con renasolis@mail.example.com, la quiere para su portfolio."],
    ["an initial and the surname joined", "Hi, Owen Tate HB-50332, planner, leaving 9/1. Please send his exported rosters and files to otate@mail.example.com before removal."],
  ])("%s is the leaver's own mailbox", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("a joined address of someone else, the manager, stays clean", async () => {
    const text = "Hi, Owen Tate HB-50332, planner, leaving 9/1. Please send his exported rosters and files to his manager at pmorris@mail.example.com before removal.";
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
