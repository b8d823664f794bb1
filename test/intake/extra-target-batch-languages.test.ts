import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("another leaver folded into the request (target.batch, target.additional)", () => {
  it.each([
    ["a ticket spared for a colleague (English)", "Leaver: Tom Becker (EMP-1201), last day 5 Dec 2026.\nAlso, Priya Nair (EMP-1388) in his team leaves next month, so it saves us a ticket if her accounts are closed now.", "target.batch"],
    ["a ticket spared for a colleague (Chinese)", "你好，请停用李娜（NH-005204，li.na@example.com）的账号，最后工作日为2026年12月11日。另外，同组的王磊（NH-003318）月底也要走，这次顺便把他的账号也停用，省得再开一张单。", "target.batch"],
    ["the paperwork to follow later (Chinese)", "请停用李娜（li.na@example.com）的账号。同组的王磊月底也走，手续后补。", "target.batch"],
    ["the paperwork to follow later (Estonian)", "Palun sulgege Liis Saare konto (liis.saar@example.com). Peeter Kuusk lahkub samuti, paberid tulevad hiljem.", "target.batch"],
    ["while you are at it, another address (Estonian)", "Tere, palun sulgege Liis Saare konto (liis.saar@example.com) alates 4. detsembrist.\nKui te juba sellega tegelete, siis sulgege samal ajal ka Peeter Kuuse konto (peeter.kuusk@example.com).", "target.additional"],
  ])("%s", async (_, text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["another leaver told to get a ticket of their own (Chinese)", "你好，请停用李娜（NH-005204，li.na@example.com）的账号。如果王磊也要离职，请再开一张单。"],
    ["the manager named with an address (Estonian)", "Tere, palun sulgege Kadri Tamme (NH-003615) ligipääsud alates 4. detsembrist 2026. kadri.tamm@example.com\nTema juht on Mart Kask (mart.kask@example.com), temale saab küsimustega pöörduda."],
    ["the paperwork done (Chinese)", "请停用李娜（li.na@example.com）的账号，离职手续已经办完。"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
