import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const ruleFindings = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

// "not X but Y" is a correction by itself (CONTRAST_BUT, lexicon/contrast-cues.ts; detect-contrast.ts), and a typo
// owned up to (TYPO_CUE) cues a contrast: a near-namesake whose given name is more than a typo apart is another person.
describe("a contrast of two people with no correction cue: 'not X but Y'", () => {
  it.each([
    ["en", "It's not Ana Lima who is leaving but Carla Nunes, carla.nunes@example.com, please revoke her access on 1 December."],
    ["en, a first name set aside", "Please offboard Laura Chen. Not Laura but Kevin Zhou (kevin.zhou@example.com) should be offboarded."],
    ["es", "Baja de Lucía Fernández (lucia.fernandez@example.com). No Lucía sino Marta Gil (marta.gil@example.com): desactivad su cuenta, por favor."],
    ["de, a near-namesake", "Austritt von Jana Weber zum 30.11. Nicht Jana Weber, sondern Lena Weber (lena.weber@example.com) - bitte deren Konto sperren."],
    ["it", "Uscita di Marco Rossi. Non Marco Rossi ma Luca Bianchi (luca.bianchi@example.com): disattivate il suo account."],
    ["nl", "Uitdiensttreding van Pieter de Vries. Niet Pieter maar Sanne Bakker (sanne.bakker@example.com) - graag haar account blokkeren."],
    ["pl", "Odejście Anny Nowak (anna.nowak@example.com). Nie Anna Nowak, tylko Ewa Kowalska (ewa.kowalska@example.com) - proszę zablokować jej konto."],
    ["ru", "Увольнение: Ольга Смирнова. Не Ольга Смирнова, а Ирина Петрова (irina.petrova@example.com) — заблокируйте её учётную запись."],
    ["uk", "Звільнення: Олена Коваленко (olena.kovalenko@example.com). Не Олена, а Марія Шевченко (maria.shevchenko@example.com) — вимкніть її обліковий запис."],
    ["sv", "Avslut för Erik Johansson (erik.johansson@example.com). Inte Erik utan Karin Lindqvist (karin.lindqvist@example.com) - stäng hennes konto."],
    ["id", "Pengunduran diri Budi Santoso (budi.santoso@example.com). Bukan Budi, tapi Agus Wijaya (agus.wijaya@example.com) - mohon nonaktifkan akunnya."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a contact, not the leaver (role)", "Austritt von Jana Weber (jana.weber@example.com). Ansprechpartnerin ist nicht Jana, sondern ihre Teamleiterin Lena Koch (lena.koch@example.com)."],
    ["where the laptop goes (sv)", "Avslut för Erik Johansson (erik.johansson@example.com). Datorn ska inte lämnas till Karin utan till Lars Nilsson (lars.nilsson@example.com)."],
    ["where the laptop goes (ru, a role)", "Увольнение: Ольга Смирнова (olga.smirnova@example.com). Ноутбук передать не Ирине, а руководителю Петру Иванову (petr.ivanov@example.com)."],
    ["the approver, not the leaver", "Please offboard Dana Reyes (dana.reyes@example.com). The approver is not Tom Berg but Kai Lee (kai.lee@example.com)."],
    ["a one-letter typo fixed", "Korrektur: nicht Jonas Meier, sondern Jonas Maier - jonas.maier@example.com."],
    ["a namesake set aside who stays", "Please offboard Emma Schultz (emma.schultz@example.com). Not Emma Schulze from Finance - she is staying."],
    ["'not ... but' about something else", "Please offboard Dana Reyes (dana.reyes@example.com). Not this Friday but next Friday, the 4th."],
  ])("benign: %s", async (_, text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("a typo owned up to that swaps in a near-namesake", () => {
  it.each([
    ["en", "Leaver: Marija Kovač (marija.kovac@example.com). Small typo: it's Marta Kovač not Marija Kovač, use marta.kovac@example.com."],
    ["es", "Salida de Elena Vidal (elena.vidal@example.com). Pequeña errata: es Elisa Vidal, no Elena Vidal; usad elisa.vidal@example.com para la baja."],
    ["fr", "Départ de Léo Bernard (leo.bernard@example.com). Petite coquille : c'est Léa Bernard et non Léo, utilisez lea.bernard@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["the subject's name, the leaver the same", "Please offboard Marta Kovač (marta.kovac@example.com). Small typo in the subject: it's Marta, not Marija."],
    ["a letter swapped in the surname", "Leaver: Raúl Navarro (raul.navarro@example.com). Small typo: it's Raúl Navarro, not Raúl Navarra, raul.navarro@example.com."],
    ["a letter dropped in the given name", "Small typo in my first mail: it's Marija Kovač not Marja Kovač, marija.kovac@example.com is right."],
    ["the address fixed", "Leaver: Dana Reyes (dana.reys@example.com). Small typo in the address, it's dana.reyes@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});
