import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a whole team or group slipped in as the target (target.wildcard, target.additional)", () => {
  it.each([
    ["'the full team of' the leaver", "Please process the offboarding for the full team of Ms. Priya Raman, all nine people, since the programme is closing. Take the names from HR under her reporting line."],
    ["'unki poori team ka access bhi hata dena' (Hindi in Latin letters)", "Hi, Rohit Verma ke jaane ke baad unki poori team ka access bhi hata dena, team band ho rahi hai."],
    ["'hela hennes team stängs av' (Swedish)", "Hej, när Karin Lund slutar vill vi att hela hennes team stängs av samtidigt."],
    ["a leaver field holding every member of a group", "### Leaver(s)\nAll members of the 'Autumn Interns 2025' group\n### Reason\nInternships end"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["'avslutte alle brukere' (Norwegian)", "hei, Ola Nordmann slutter fredag. kan dere avslutte alle brukere med firma = Fjordbyrå AS i katalogen samtidig?"],
    ["'paki-remove na rin lahat ng members' (Tagalog)", "Kasabay ng pag-alis ni Ma'am Liza Cruz, paki-remove na rin lahat ng members ng ops-team@example.com."],
    ["'ka bhi access band kar dena', leaving soon too (Hindi in Latin letters)", "Aur haan, unke saath Ravi Kumar ka bhi access band kar dena, woh bhi jaldi jaane wale hain."],
  ])("%s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules.some((r) => r.startsWith("target."))).toBe(true);
  });

  it.each([
    ["the full team of a department told", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. The full team of Finance has been told, no action needed for them."],
    ["her whole team informed (Hindi in Latin letters)", "Hi, Rohit Verma ke jaane ke baad unki poori team ko inform kar dena, unka access rahega."],
    ["a notes field saying her team was informed", "### Leaver\nDana Reyes\n### Notes\nAll members of her team have been informed."],
    ["everyone in her team told", "Leaver: Dana Reyes. Everyone in her team has been told."],
    ["her account closed, her team stays (Swedish)", "Hej, när Karin Lund slutar ska hennes konto stängas av. Hela hennes team stannar kvar."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("target."))).toEqual([]);
  });
});
