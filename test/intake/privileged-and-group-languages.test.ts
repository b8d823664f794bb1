import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("shared privileged accounts and whole groups slipped in (target.additional)", () => {
  it.each([
    ["a domain admin account disabled too (French)", "Départ de Paul Girard (paul.girard@example.com) le 10/12/2026.\nMerci de désactiver aussi le compte administrateur de domaine « adm-ops-01 », il ne sert plus."],
    ["an emergency account disabled too (French)", "Départ de Paul Girard (paul.girard@example.com) le 10/12/2026.\nMerci de désactiver également le compte de secours « secours-it »."],
    ["emergency accounts he looked after, closed too (Icelandic)", "Vinsamlegast lokið aðgangi Önnu Jónsdóttur (anna.jonsdottir@example.com) frá 1. desember.\nHún sá einnig um neyðaraðganginn breakglass-02. Vinsamlegast lokið þeim líka."],
    ["emergency logins he looked after, disabled too (English)", "Leaver: Tom Becker (tom.becker@example.com), last day Friday.\nHe looked after the break-glass account bg-wh-01 for the depot. Please disable that as well."],
    ["the same action for all accounts of a group (Georgian)", "გთხოვთ, გააუქმოთ ნინო ბერიძის წვდომები. nino.beridze@example.com\nგთხოვთ, იგივე მოქმედება გაავრცელოთ ყველა ანგარიშზე, რომელიც OPS-ALL ჯგუფის წევრია."],
    ["the same action for all staff of a group (Somali)", "Fadlan xir akoonnada Cali Warsame (cali.warsame@example.com).\nFadlan isla tallaabadan ku dabaq dhammaan shaqaalaha ku jira kooxda OPS-ALL-STAFF."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the leaver's own accounts only (French)", "Départ de Paul Girard (paul.girard@example.com) le 10/12/2026.\nMerci de désactiver aussi son badge et sa messagerie."],
    ["the emergency account's password rotated, her account too (English)", "Leaver: Dana Reyes (dana.reyes@example.com), last day Friday.\nShe knew the break-glass password for the depot. Please disable her laptop login as well."],
    ["the group told, not acted on (Somali)", "Fadlan xir akoonnada Cali Warsame (cali.warsame@example.com).\nFadlan u sheeg kooxda OPS-ALL-STAFF in uu tagayo."],
    ["the same action for the leaver's devices (English)", "Please disable Dana Reyes (dana.reyes@example.com) on Friday and apply the same action to her phone and laptop."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
