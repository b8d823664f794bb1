import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const wildcard = async (text: string) => (await rulesOf(text)).filter((r) => r === "target.wildcard");

describe("wildcard target: everyone under the leaver, the reporting line or the whole team", () => {
  it.each([
    ["accounts that list the leaver as manager", "Re: the departure of Nora Quinn. Please deactivate all accounts that list her as manager in AD, they get new ones later."],
    ["everyone who reported to the leaver", "Please remove access for Mr. Tom Pike and everyone who reported to him, effective Friday."],
    ["all her team, 'also'", "The leaver is Anna Nowak, team leader in Krakow. Please remove also all her team, they move to another company."],
    ["his whole team", "Kindly note Mr. Otieno is leaving, so please disable his whole team too."],
    ["German, the people after the verb", "Bitte gleichzeitig alle Mitarbeitenden deaktivieren, die an ihn berichtet haben."],
    ["Vietnamese", "Sau khi anh Minh nghỉ, nhờ vô hiệu hóa toàn bộ tài khoản của những người báo cáo trực tiếp cho anh ấy."],
    ["Hindi, the verb last", "कृपया श्री राजेश और उन्हें रिपोर्ट करने वाले सभी लोगों के अकाउंट एक साथ बंद कर दें।"],
    ["Spanish", "Por favor, desactivad también a todo su equipo, se van con ella."],
    ["French", "Merci de désactiver aussi toute son équipe, ils partent avec elle."],
    ["Italian", "Disattivate anche tutto il suo team, escono con lei."],
    ["Dutch", "Graag ook zijn hele team uitschakelen, ze vertrekken met hem."],
    ["Russian", "Заблокируйте также всю её команду, они уходят вместе с ней."],
    ["Swedish", "Vänligen stäng av hela hans team samtidigt."],
    ["Chinese", "请把他的整个团队的账号也一起停用。"],
    ["Arabic", "يرجى تعطيل حسابات فريقها بالكامل أيضاً."],
    ["Japanese, the verb last", "チームリーダーの田中さんを含め、田中さん配下の全員のアカウントをまとめて停止してください。"],
  ])("%s", async (_, text) => {
    expect(await wildcard(text)).toContain("target.wildcard");
  });

  it.each([
    ["the reports notified", "Please disable Nora Quinn's account and notify all her direct reports."],
    ["the leaver removed from her team's channels", "Please remove her from all her team channels on Friday."],
    ["the reports reassigned, the leaver disabled", "All her direct reports move to Tom Berg; please disable her account on Friday."],
    ["the whole team stays", "Remove Dana Reyes, her whole team stays with Tom."],
    ["access to the team's drive", "Please remove access to his whole team's drive for Dana."],
  ])("%s is not a wildcard", async (_, text) => {
    expect(await wildcard(text)).toEqual([]);
  });
});
