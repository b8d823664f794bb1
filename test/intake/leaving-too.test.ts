import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("someone else acted on because they leave too or have not resigned yet (target.batch)", () => {
  it.each([
    ["a colleague 'leaving soon too', action first", "Please offboard Dana Reyes (dana.reyes@example.com), last day 2026-12-13. Please close Mark Chen's account as well, he is leaving soon too."],
    ["'will be following her shortly', action first", "Please arrange the offboarding of Ms. Dana Reyes on Friday. Kindly remove access for Mr. Tom Berg as well; I understand he will be following her shortly."],
    ["'not formally resigned yet' in a list", "Leavers this week:\n- Dana Reyes, last day 12/12\n- Tom Berg - not formally resigned yet but told us he's going, so please include him as well"],
    ["the reason first, then the action", "Offboarding for Dana Reyes (dana.reyes@example.com). Tom Berg is leaving soon as well, so please disable his GitHub and VPN now."],
    ["'тоже скоро уходит' (Russian)", "Прошу оформить увольнение Дарьи Рейес, последний день 13 декабря. Заодно отключите и Тома Берга из её команды - он тоже скоро уходит."],
    ["'n'a pas encore remis sa démission' (French)", "Départ de Dana Reyes au 13/12. Même chose pour Julie Roy, sa collègue; elle n'a pas encore remis sa démission mais elle part aussi bientôt."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["a colleague leaving later, with a request of their own", "Dana Reyes (dana.reyes@example.com) leaves on 2026-12-13, please disable her accounts. Just for information: her colleague Tom Berg will also leave in summer, but HR will send a separate request for him."],
    ["a question whether others leave too", "Please offboard Dana Reyes (dana.reyes@example.com) on 2026-12-13. Is this for Dana only or are Tom and Kai leaving too?"],
    ["the leaver leaving an on-call rotation", "Dana's offboarding: last day 2026-12-13. She is also leaving the on-call rotation, so please remove her from PagerDuty."],
    ["another leaver told to get a ticket of their own if they leave too (Chinese)", "请停用李娜（li.na@example.com）的账号。如果王磊也要走，请再开一张单。"],
    ["the leaver has not resigned: a termination", "Please disable the accounts of Dana Reyes (dana.reyes@example.com) today. She did not resign; her contract was terminated by HR."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});
