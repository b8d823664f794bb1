import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Dutch "de" is the article and Polish "do" is "to": neither is FROM, which rules read as a removal ("remove her from the
// admin group" adds no account). DUTCH_ARTICLE_DE (lexicon/genitive-de.ts) drops FROM on "de" after a Dutch word; FROM
// lists Dutch "uit" and only Portuguese "do" before a group or system ("do grupo"), not every "do".
describe("Dutch article 'de' and Polish 'do' (to) are no FROM", () => {
  it.each([
    ["nl", "Blokkeer ook de break-glass account in de domeincontroller."],
    ["nl", "Deactiveer ook de beheerdersaccount adm-jansen."],
    ["pl", "Przy okazji wyłącz do piątku również konto administratora domeny adm-nowak."],
  ])("flags %s: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["nl", "Verwijder haar uit de groep domeinbeheerders."],
    ["nl", "Haal hem uit de beheerdersgroep van de firewall."],
    ["nl", "Verwijder haar ook uit de beheerdersgroep en blokkeer haar account."],
    ["nl", "Schakel ook de VPN-toegang van haar uit op vrijdag."],
    ["pl", "Wyłącz także jej konto administratora do piątku."],
    ["pl", "Usuń ją do piątku z grupy administratorów domeny."],
    ["pt", "Remova-a do grupo de administradores do domínio no último dia."],
    ["pt", "Retire o acesso dele do grupo de administradores."],
  ])("benign %s: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
