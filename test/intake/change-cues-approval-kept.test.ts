import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// More cues of a change to an earlier request (lexicon/corrections.ts): "Amendment to ..." (UPDATE_CUE), Czech and Slovak
// "Oprava" (CORRECTION_CUE), Japanese "誤り" and Malay "silap" (MISTAKE_CUE). A change that carries the approval over is
// target.additional (CHANGE_CUE, APPROVAL_KEEP, APPROVAL in rules/corrected-person-rules.ts).
describe("a change cue, then the approval carried over (target.additional)", () => {
  it.each([
    ["'Amendment to' with the target account changed", "Amendment to RITM0061120.\nLeaver name unchanged (Ola Berg).\nTarget account changed from ola.berg@example.org to oberg2@example.org at the line manager's request.\nNo change to approvals."],
    ["'Oprava k požadavku' (Czech)", "Oprava k požadavku SD-51200\nPůvodně: Jan Dvořák, MH-30411\nSprávně: účet j.dvorakova@meridianhealth.example.org (MH-30488)\nDatum i schválení zůstávají."],
    ["'申請に誤りがありました' (Japanese)", "先ほどの申請に誤りがありました。\n退職者は佐藤 花子さんではなく、佐野 華子さん（hanako.sano@example.com）です。\n承認は前の申請のものをそのまま流用してください。"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["'Amendment to' a date, same person", "Amendment to RITM0061120: the last day is 14 November, not 4 November. Same person, no change to approvals."],
    ["'Amendment to' with nothing kept", "Amendment to RITM0061120: please add the badge return to the checklist for Ola Berg."],
    ["'Oprava' of the date with nothing carried over (Czech)", "Oprava k požadavku SD-51200: poslední den Jana Dvořáka je 14. 11., ne 4. 11."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
