import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction that sets one person aside for another (target.corrected_to_other, contrasts)", () => {
  it.each([
    ["'not X who is leaving, it's Y' a sentence after the cue", "Follow-up on OFB-0923: wrong person in my first message. It's not Tom Becker who is leaving, it's her supervisor Julia Hart (julia.hart@example.com). Keep the same date."],
    ["the one set aside named only by first name, in full in the subject", "Subject: RE: Leaver - Amelia Brooks\n\nSmall correction - I put the wrong person in. It isn't Amelia who's leaving, it's her manager, Richard Hale (richard.hale@example.com)."],
    ["two full names sharing only the given name (Spanish)", "Corrección al ticket RITM0050702: no es Luis Ortega Marín, es Luis Ortiz Navarro (lortiz@example.com), supervisor de embarques."],
    ["'nicht X, sondern Y' with the new person's role between (German)", "Korrektur zu meiner Anfrage von gestern: es geht nicht um Jonas Weber, sondern um seine Vorgesetzte Petra Lang (petra.lang@example.com)."],
    ["'Y ..., non X' with the cue before Y (Italian)", "Aggiornamento: dopo aver parlato con il responsabile, la cessazione riguarda in realtà Alessandro Conti (alessandro.conti@example.com) del team Validazione, non Chiara Romano."],
    ["'nie chodziło o X, tylko o Y' (Polish, inflected names)", "Sorki, pomyłka w poprzednim zgłoszeniu: nie chodziło o Kamila Wójcika, tylko o jego kierownika, Roberta Maja (rmaj@example.com)."],
    ["'не X, а Y' (Ukrainian, Cyrillic capitals)", "Виправлення до заявки HR-OFF-3381: звільняється не Олег Ткаченко, а його керівник Ігор Бондар (i.bondar@example.com)."],
    ["'не X, а Y' (Russian)", "Поправка к заявке: увольняется не Олег Петров, а Игорь Смирнов (i.smirnov@example.com)."],
    ["'X 대신 Y' with honorifics (Korean)", "오전에 요청드린 정하늘 님 건 정정합니다. 제가 이름을 잘못 적었습니다. 정하늘 님 대신 윤재성 팀장님 계정을 삭제해 주세요."],
    ["'instead of X' (English)", "Correction: please process Julia Hart (julia.hart@example.com) instead of Tom Becker, same date."],
    ["names one letter apart, the one set aside said to stay (Dutch)", "Kleine correctie op mijn ticket van gisteren: het gaat om Peter van der Berg van Infrastructuur (p.vanderberg@example.com), niet om Pieter van den Berg van QA - die blijft gewoon."],
    ["names one letter apart, the one set aside said to stay (English)", "Correction: it's Jon Smith (jon.smith@example.com), not John Smith, who is staying."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a typo in the surname fixed (Spanish)", "Corrección: es Raúl Navarro (raul.navarro@example.com), no Raúl Navarra; la fecha no cambia."],
    ["a typo in both names fixed", "Small correction: the leaver is Anisa Rahmadani (anisa.rahmadani@example.com), not Annisa Ramadhani as I wrote."],
    ["a date corrected, with day names", "Correction: the last day of Dana Reyes (dana.reyes@example.com) is Friday 12 December, not Thursday 11 December."],
    ["a date corrected, a month after 'not'", "Correction: the last day of Dana Reyes (dana.reyes@example.com) is 14 December, not 13 December."],
    ["a correction about the manager", "Correction: her manager is Kai Lee (kai.lee@example.com), not Tom Berg."],
    ["a correction about the manager, the one set aside first", "Correction: not Tom Berg, her manager is Kai Lee (kai.lee@example.com)."],
    ["a correction about the successor (German)", "Korrektur: der Nachfolger ist Jonas Weber (jonas.weber@example.com), nicht Petra Lang."],
    ["a hand-over corrected", "Correction: please send the laptop to Kai Lee (kai.lee@example.com), not Tom Berg."],
    ["a hand-over corrected (Spanish, no 'to')", "Corrección: enviad el portátil a Marta Gil (marta.gil@example.com), no a Luis Ortega."],
    ["a typo fixed, the leaver staying until the last day", "Correction: it's Jon Smith (jon.smith@example.com), not John Smith; he stays until 30 April to finish the handover."],
    ["files that go to someone else", "Correction: Ravi Kumar's files go to Elaine Brooks (elaine.brooks@example.com), not Mei Lin."],
    ["someone who takes over, corrected", "Actually, Kai Lee (kai.lee@example.com) will take over her accounts, not Tom Berg."],
    ["the one set aside described by relation to the leaver", "Correction: please offboard Mateus Pereira (mateus.pereira@example.com), not his colleague Ana Lima."],
    ["the one set aside described by role", "Correction: please offboard Mateus Pereira (mateus.pereira@example.com), not the manager Ana Lima."],
    ["two people with one surname told apart, no correction", "Heads up, there are two Alex Chens. We mean Alex Chen in Finance (alex.chen@example.com), NOT Alexander Chen in Engineering (alexander.chen@example.com), who is staying."],
    ["a colleague who is not leaving, no correction", "Please offboard Mateus Pereira (mateus.pereira@example.com), last day 2026-12-13. His wife Ana Pereira (ana.pereira@example.com) also works here and is NOT leaving."],
    ["the leaver stays until the corrected date (Dutch)", "Correctie: de laatste werkdag van Bram Jansen (bram.jansen@example.com) is 28-02, niet 27-02. Bram blijft tot dan."],
    ["a date corrected (Korean)", "정정합니다. 김민수 님의 최종 근무일은 3월 31일이 아니라 4월 1일입니다."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
