import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("HR's record of the leaver said to hold a wrong or outdated id (target.additional)", () => {
  it.each([
    ["'HR keyed in the wrong ID' (English)", "Hi, small correction on RITM-4410: HR keyed in the wrong ID. Please disable AU-551203 instead of AU-551230."],
    ["'the employee ID shown in Workday (...) is outdated' (English)", "Following the HR notification for Ms Priya Nair, note that the employee ID shown in Workday (AU-771204) is outdated. Please deprovision AU-771240."],
    ["'the HRIS id above is outdated' (English)", "Leaver: Dana Moss\nEmployee ID: TLY-3310\nNote: the HRIS id above is outdated, please deprovision TLY-0031."],
    ["'In der HR-Meldung steht die falsche Personalnummer' (German)", "Korrektur zum Austritt von Frau Anna Keller: In der HR-Meldung steht die falsche Personalnummer. Bitte AU-300182 sperren, nicht AU-300128."],
    ["'в HR-системе указан неверный табельный номер' (Russian)", "Уточнение по заявке Ивана Петрова: в HR-системе указан неверный табельный номер. Заблокируйте учётную запись AU-610392."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the requester's own typo, HR has the right id", "Correction: I typed the wrong ID in my mail. The correct ID is AU-551203, which is what Workday shows for Dana Moss."],
    ["Workday has the wrong last day, no id", "Leaver: Dana Moss (AU-551203). Workday shows the wrong last day; it is 30 November, her manager will fix it."],
    ["an HRIS record pasted with an id", "Record from Workday (leaver):\n{\"id\": \"CU-133619\", \"name\": \"Roman Kuzmenko\", \"last_day\": \"2026-01-23\"}"],
    ["the same person, the HR id had swapped digits", "Correction: Workday had her employee ID wrong (AU-551230); it is AU-551203, same person, Dana Moss."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
