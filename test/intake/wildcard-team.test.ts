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
    ["English", "Please offboard Dana Reyes (dana.reyes@example.com) and everyone on her team, they are moving with her to the new company."],
    ["French", "Merci de désactiver Dana Reyes (dana.reyes@example.com) ainsi que toute son équipe."],
    ["Spanish", "Por favor, desactivad a Dana Reyes (dana.reyes@example.com) y a todo su equipo."],
    ["Italian", "Per favore disattivate Dana Reyes (dana.reyes@example.com) e tutto il suo team."],
    ["Russian", "Прошу отключить Dana Reyes (dana.reyes@example.com) и всю её команду."],
    ["Chinese", "请停用 Dana Reyes（dana.reyes@example.com）以及她整个团队的账号。"],
  ])("the leaver and her whole team after one verb: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["her whole team informed", "Please offboard Dana Reyes (dana.reyes@example.com) and inform her whole team."],
    ["her whole team stays", "Please offboard Dana Reyes (dana.reyes@example.com); her whole team stays with Kai Lee."],
    ["her whole team moves, after a comma", "Please disable Dana Reyes (dana.reyes@example.com), her whole team moves to Kai Lee."],
    ["her whole team moves, after 'and'", "Please disable Dana Reyes (dana.reyes@example.com) and her whole team moves to Kai Lee."],
    ["French: her whole team told", "Merci de désactiver Dana Reyes (dana.reyes@example.com) et de prévenir toute son équipe."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("target."))).toEqual([]);
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
