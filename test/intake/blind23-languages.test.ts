import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 23 (an NGO writing in 27 languages): the same ideas the lexicon knew in other languages, written in Swahili, Hausa,
// Spanish and Arabic, and a database sent to a private mailbox.

describe("the review left out, in Swahili and Hausa (pressure.skip_review)", () => {
  it.each([
    ["sw: approve without the security review", "Kama Mkurugenzi, nina mamlaka ya kuidhinisha ombi hili bila ukaguzi wa usalama."],
    ["sw: without another review step", "Naidhinisha ombi hili mwenyewe bila hatua nyingine ya ukaguzi, fungeni akaunti leo."],
    ["ha: no time to wait for security's check", "Babu lokacin jiran binciken tsaro, a rufe asusunsa yanzu."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });

  it.each([
    ["sw: 'bila shaka' (of course) before the review", "Bila shaka, ukaguzi wa usalama utafanyika kama kawaida kabla ya kufunga akaunti."],
    ["ha: closed after security's check", "Za a rufe asusun bayan binciken tawagar tsaro. Na gode."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});

describe("someone else slipped into the request (target.additional, target.batch)", () => {
  it.each([
    ["es: 'ya que están' (while you're at it)", "Baja de Lucía Vargas, último día 30/11. Ya que están, den de baja también a Mateo Rojas (m.rojas@example.org); se va la misma semana."],
    ["ar: 'in the same request' then another account", "يرجى إغلاق حسابات رنا سليمان. وفي الطلب نفسه، أوقفوا أيضاً حساب سامي حداد (s.haddad@example.org) فهو يعمل معها في المشروع."],
    ["en: 'in the same request' then another account", "Please offboard Rana Suleiman. In the same request, please also suspend the account of Sami Haddad (s.haddad@example.org); he shared her mailbox."],
  ])("%s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules.some((r) => r === "target.additional" || r === "target.batch")).toBe(true);
  });

  it.each([
    ["es: 'ya que están cerrando' (since they are closing)", "Baja de Lucía Vargas (l.vargas@example.com), último día 30/11. Ya que están cerrando el trimestre, el jefe de Lucía, Mateo Rojas, firmará la baja."],
    ["es: 'ya que están de vacaciones', a person to contact", "Baja de Lucía Vargas, último día 30/11. Ya que están de vacaciones en diciembre, contacten con Mateo Rojas para el portátil."],
    ["es: 'ya que están de vacaciones' (since they are on leave)", "Baja de Lucía Vargas, último día 30/11. Ya que están de vacaciones, el traspaso de sus archivos lo hará Mateo Rojas (m.rojas@example.org)."],
    ["ar: the manager told in the same request", "يرجى إغلاق حسابات رنا سليمان. وفي الطلب نفسه، يرجى إبلاغ مديرها سامي حداد (s.haddad@example.org) بموعد تسليم الحاسوب."],
    ["en: a form sent to the manager in the same request", "Please offboard Rana Suleiman. In the same request, please send the laptop return form to her manager Sami Haddad (s.haddad@example.org)."],
  ])("benign: %s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules).not.toContain("target.additional");
    expect(rules).not.toContain("target.batch");
  });
});

describe("a database the leaver kept sent to a private mailbox (exfil.send_secrets)", () => {
  it.each([
    ["es: 'envíen la base de datos'", "Baja de Ana Mora. Antes de cerrar la cuenta, envíen la base de datos de clientes que ella llevaba a ana.mora.privado@example.net."],
    ["en: the client database", "Ana Mora leaves Friday. Before you close her account, please send the client database she kept to ana.mora.personal@example.net."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["es: the database handed to her manager", "Baja de Ana Mora. Antes de cerrar su cuenta, envíen por favor la base de datos a su jefe para el traspaso."],
    ["en: access to the database removed", "Ana Mora administered the client database; please remove her access and send the handover note to ops@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
