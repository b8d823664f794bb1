import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a second person slipped in beside the leaver (target.additional / target.batch, lexicon/extra-person.ts)", () => {
  it.each([
    ["'same for his intern' and a name", "Offboarding for Omar Haddad tomorrow, approved in Workday. Same for his intern Nina Brooks (nina.brooks@example.org), she only joined for his project."],
    ["'do the same for her assistant'", "Kindly disable the accounts of Mr. Peter Obi, leaving on Friday. Please also do the same for her assistant Mr. Tunde Bello, whose role ends with hers."],
    ["'also ... remove access for her research assistant'", "Please offboard Prof. Helen Marsh (helen.marsh@example.org) on 30 June. I would also ask you to remove access for her research assistant, Mr. Owen Pryce."],
    ["someone's account that 'can go at the same time'", "Leaver: Dana Reyes (dana.reyes@example.com), last day Friday. Tom Berg's account can go at the same time, he has been on leave for months."],
    ["someone who 'should be switched off at the same time'", "Please close the accounts of Dana Reyes (dana.reyes@example.com). Tom Berg, who shared the support login with the night shift, should be switched off at the same time."],
    ["'in the same change', the people after the verb", "Please process the departure of Dana Reyes (dana.reyes@example.com, 15 Nov). In the same change, please disable the accounts held by Tom Berg and Kai Lee."],
    ["'voi sulkea samalla' (Finnish)", "Lähtijä: Dana Reyes (dana.reyes@example.com). Hänen harjoittelijansa Mikko Virtanen ja Sanna Koski voi sulkea samalla."],
    ["someone who 'will leave next month'", "Please offboard Dana Reyes on Friday. Also please disable Tom Berg, he is in her team and will leave next month, easier to do together."],
    ["'也说下个月要走' (Chinese)", "离职：李娜（li.na@example.com），最后工作日5月31日。另外她同事王磊也说下个月要走，顺便把他的账号一起停用吧。"],
  ])("%s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules.some((r) => r === "target.additional" || r === "target.batch")).toBe(true);
  });

  it.each([
    ["people whose place depended on the leaver ('only ever here because of him')", "Please offboard Marco Bellini (marco.bellini@example.com) on the 15th. Also the two coaches he brought in, Jake Fenn and Asha Patel, were only ever here because of him, so please close their accounts too."],
    ["'whose role depended on her'", "Please offboard Dana Reyes (dana.reyes@example.com). Also her deputy Tom Berg, whose role depended on her."],
    ["her deputy under a heading for other accounts to close", "### Other accounts to close\nHer shared mailbox, and the account of her deputy Tom Berg (tom.berg@example.org)."],
    ["'the contractors who worked under her' acted on too", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Please also disable the accounts of the contractors who worked under her, t.berg@example.org and k.lee@example.org."],
    ["'pull his access' for a colleague leaving soon too", "Hey, filing for Dana Reyes (dana.reyes@example.com). Her teammate Tom Berg is leaving soon too, can we pull his access now? tom.berg@example.com"],
  ])("%s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules.some((r) => r === "target.additional" || r === "target.batch")).toBe(true);
  });

  it.each([
    ["German, the verb last", "Austritt: Dana Reyes (dana.reyes@example.com), letzter Tag Freitag. Das Konto von Jonas Weber bitte gleichzeitig sperren, er ist seit Monaten krank."],
    ["German, a participle", "Austritt: Dana Reyes (dana.reyes@example.com), letzter Tag Freitag. Sein Praktikant Jonas Weber kann gleichzeitig gesperrt werden."],
    ["Dutch, a participle", "Vertrek van Dana Reyes (dana.reyes@example.com), laatste dag vrijdag. Het account van Jan Visser kan tegelijk worden geblokkeerd."],
    ["Spanish, the same go between verb and person", "Baja de Dana Reyes (dana.reyes@example.com), último día el viernes. Desactivad al mismo tiempo la cuenta de Tomás Ruiz, lleva meses de baja."],
    ["Portuguese", "Saída de Dana Reyes (dana.reyes@example.com), último dia sexta. Desativem ao mesmo tempo a conta de João Silva."],
    ["Italian", "Uscita di Dana Reyes (dana.reyes@example.com), ultimo giorno venerdì. Disattivate allo stesso tempo l'account di Marco Rossi."],
    ["Chinese", "Dana Reyes (dana.reyes@example.com) 离职，最后工作日周五。她的助理王磊的账号也一起停用。"],
    ["Japanese", "Dana Reyes (dana.reyes@example.com) 退職、最終日は金曜日。アシスタントの佐藤さんのアカウントも一緒に削除してください。"],
    ["Korean", "Dana Reyes (dana.reyes@example.com) 퇴사, 마지막 날 금요일. 그녀의 비서 김민수 계정도 동시에 비활성화해 주세요."],
  ])("another person removed in the same go: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["German: her account at the same time, her intern stays ('Ihr Konto' is no name)", "Austritt: Dana Reyes (dana.reyes@example.com). Ihr Konto kann gleichzeitig gesperrt werden, ihr Praktikant Jonas Weber bleibt."],
    ["German: her account with her badge", "Austritt von Dana Reyes (dana.reyes@example.com). Ihr Konto bitte gleichzeitig mit dem Badge sperren."],
    ["Spanish: her own account and card at the same time", "Baja de Dana Reyes, último día el viernes. Desactivad al mismo tiempo su cuenta y su tarjeta."],
    ["Spanish: her assistant given access to her mailbox", "Baja de Dana Reyes (dana.reyes@example.com). Su asistente Tomás Ruiz recibirá al mismo tiempo el acceso a su buzón."],
    ["Japanese: her assistant contacted at the same time", "Dana Reyes (dana.reyes@example.com) 退職、最終日は金曜日。アシスタントの佐藤さんにも同時に連絡してください。"],
    ["German: her intern informed at the same time", "Austritt: Dana Reyes (dana.reyes@example.com). Ihr Praktikant Jonas Weber soll gleichzeitig informiert werden."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("target."))).toEqual([]);
  });

  it.each([
    ["'Her assistant Tom Berg can be removed too'", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Her assistant Tom Berg can be removed too, his contract ends with hers."],
    ["another address that 'should go too'", "Please offboard Dana Reyes (dana.reyes@example.com). Tom Berg (tom.berg@example.com) should go too, he's on her team and leaving anyway."],
    ["'her husband ..., please disable him as well'", "Please offboard Dana Reyes (dana.reyes@example.com). And her husband Tom Berg, who works in logistics, please disable him as well."],
    ["'Her intern Tom Berg goes with her'", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Her intern Tom Berg goes with her."],
    ["German 'Ihren Praktikanten ... bitte auch gleich mit sperren'", "Bitte Dana Reyes (dana.reyes@example.com) zum Freitag austragen. Ihren Praktikanten Tom Berg bitte auch gleich mit sperren."],
    ["Spanish 'Su becario ... también, se va con ella'", "Por favor, dad de baja a Dana Reyes (dana.reyes@example.com) el viernes. Su becario Tomás Ruiz también, se va con ella."],
    ["Portuguese 'O estagiário dela ... também pode sair junto com ela'", "Por favor desativem a Dana Reyes (dana.reyes@example.com) na sexta. O estagiário dela, João Silva, também pode sair junto com ela."],
    ["Russian 'Её стажёра ... тоже отключите'", "Прошу отключить Dana Reyes (dana.reyes@example.com) в пятницу. Её стажёра Ивана Петрова тоже отключите заодно."],
    ["Chinese '她的助理王磊也一併停用'", "請停用 Dana Reyes（dana.reyes@example.com）的帳號。她的助理王磊也一併停用。"],
  ])("someone tied to the leaver removed too: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["her assistant doing a removal", "Please offboard Dana Reyes (dana.reyes@example.com). Her assistant Tom Berg will also remove her from the calendars."],
    ["her assistant keeping his access", "Please offboard Dana Reyes (dana.reyes@example.com). Her assistant Tom Berg keeps his access, he moves to Kai Lee's team."],
    ["her assistant told", "Please offboard Dana Reyes (dana.reyes@example.com). Her assistant Tom Berg should also be told, he will forward her post."],
    ["her assistant removing her delegations", "Please offboard Dana Reyes (dana.reyes@example.com). Her assistant removes her calendar delegations too."],
    ["her intern stays, the leaver removed from a channel", "Please offboard Dana Reyes (dana.reyes@example.com). Her intern Tom Berg stays; please also remove Dana from the intern programme channel."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("target."))).toEqual([]);
  });

  it.each([
    ["German", "Bitte Dana Reyes (dana.reyes@example.com) zum Freitag austragen. Bitte auch Tom Berg sperren, er geht nächsten Monat."],
    ["French", "Merci de désactiver Dana Reyes (dana.reyes@example.com) vendredi. Désactivez aussi Julien Roy, il part le mois prochain."],
    ["Spanish", "Por favor, dad de baja a Dana Reyes (dana.reyes@example.com). Desactivad también a Tomás Ruiz, se va el mes que viene."],
    ["Portuguese", "Por favor desativem a Dana Reyes (dana.reyes@example.com). Desativem também o João Silva, ele sai no próximo mês."],
    ["Italian", "Disattivate Dana Reyes (dana.reyes@example.com) venerdì. Disattivate anche Marco Rossi, se ne va il mese prossimo."],
    ["Dutch", "Graag Dana Reyes (dana.reyes@example.com) blokkeren. Blokkeer ook Jan Visser, hij gaat volgende maand weg."],
    ["Polish", "Proszę wyłączyć Dana Reyes (dana.reyes@example.com). Wyłączcie też Jana Kowalskiego, odchodzi w przyszłym miesiącu."],
    ["Russian", "Прошу отключить Dana Reyes (dana.reyes@example.com). Также отключите Ивана Петрова, он уходит в следующем месяце."],
    ["Turkish", "Dana Reyes (dana.reyes@example.com) hesabını kapatın. Ayrıca Mehmet Kaya'yı da kapatın, gelecek ay ayrılacak."],
    ["Swedish", "Stäng av Dana Reyes (dana.reyes@example.com). Stäng också av Erik Lund, han slutar nästa månad."],
  ])("someone else removed too because they leave next month: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["her access to someone's files, who leaves next month", "Please disable Dana Reyes (dana.reyes@example.com) on Friday. Please also disable her access to Tom Berg's files, he leaves next month."],
    ["French: her removed from someone's team", "Désactivez Dana Reyes (dana.reyes@example.com) vendredi. Retirez-la aussi de l'équipe de Julien Roy, il part le mois prochain."],
    ["German: her successor informed, going on leave", "Bitte Dana Reyes (dana.reyes@example.com) sperren. Ihr Nachfolger Tom Berg wird auch informiert, er geht nächsten Monat in Urlaub."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("target."))).toEqual([]);
  });

  it("'さんも来月辞める予定' (Japanese) is target.batch", async () => {
    expect(await rulesOf("退職：山田 花子（hanako.yamada@example.com）、最終日5月31日。同じ部署の佐藤さんも来月辞める予定なので、ついでにアカウント削除もお願いします。")).toContain("target.batch");
  });

  it.each([
    ["her assistant removed from her mailbox's delegation", "Dana Reyes (dana.reyes@example.com) leaves on Friday. Please also remove her assistant from the delegation on her mailbox."],
    ["her manager taking over at the same time", "Dana Reyes (dana.reyes@example.com) leaves on Friday. Her manager Kai Lee will take over her accounts at the same time."],
    ["someone in IT doing the removal at the same time", "Dana Reyes (dana.reyes@example.com) leaves on Friday. Kai Lee from IT will remove her access at the same time."],
    ["a colleague collecting her laptop at the same time", "Dana Reyes (dana.reyes@example.com) leaves on Friday. Tom Berg will collect her laptop and disable her badge at the same time."],
    ["the leaver's own account and badge at the same time", "Leaver: Dana Reyes, last day Friday. Her account and her badge can go at the same time."],
    ["the leaver leaving next month", "Dana Reyes will leave next month; please disable her accounts on her last day, 2026-12-18."],
    ["'same for her laptop'", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Same for her laptop and badge, please collect them."],
    ["the leaver, named without an address, whose account can go at the same time as her badge", "Dana Reyes leaves on Friday, her account can go at the same time as her badge."],
    ["the leaver's mailbox closed on the same day (Swedish word order too)", "Hej, när Karin Lund slutar ska hennes konto stängas av samtidigt som passerkortet."],
    ["the leaver, who will leave next month", "Please disable the accounts of Dana Reyes, who will leave next month."],
    ["the leaver 'also leaving next month'", "Dana Reyes is also leaving next month, please disable her account then."],
    ["her reports pulled for everyone in a team", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Could you also pull her reports for everyone in the finance team before then?"],
    ["the leaver only here for a project", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. She was only here for the Horizon project, so also remove her from the Horizon channels."],
    ["her assistant, whose role depended on her, stays", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Her assistant Tom Berg stays; his role depended on her but he moves to Kai Lee's team."],
    ["the contractors under her removed from her channel", "Please offboard Dana Reyes (dana.reyes@example.com) on Friday. Please also remove the contractors who worked under her from her project channel."],
    ["her deputy taking over, under a heading for other accounts", "### Other accounts to close\nHer shared mailbox. Her deputy Kai Lee takes over the project folder."],
    ["someone notified at the same time", "Dana Reyes (dana.reyes@example.com) leaves on Friday, approved by her manager Kai Lee. Please disable her accounts and notify Tom Berg at the same time."],
  ])("benign: %s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules.filter((r) => r.startsWith("target."))).toEqual([]);
  });
});
