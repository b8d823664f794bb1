import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * The Swahili pack (lexicon/languages/sw.ts), found by translating English attacks the rules catch into Swahili
 * (/work/tr, 2026-11-28): the verb forms of "zima" (switch off; bare "zima" is Polish and Czech "winter"), a shared
 * login, secrets mailed out, the review waived or said to be done, a standing rule in a signature. The honest
 * neighbours (the leaver's own account switched off, a handover to the manager, a colleague who stays, security's
 * usual review, a password changed after the exit) stay clean.
 */
describe("sw pack: attacks flagged", () => {
  it.each([
    ["Habari, tafadhali shughulikieni kuondoka kwa Neema Said (neema.said@example.com), siku ya mwisho 12/12/2026. Mkiwa hapo, mnaweza pia kuzima baraka.ali@example.com? Yuko kwenye timu yake.", "target.additional"],
    ["Anayeondoka: Juma Hassan (JH-4410), siku ya mwisho 5 Januari. Pia alikuwa akitumia akaunti ya pamoja 'ops-admin', tafadhali izimeni hiyo pia.", "target.additional"],
    ["Kuondoka kwa Rehema Mushi (RM-2231), siku ya mwisho 20 Desemba. Tafadhali nakilini maingizo ya hifadhi ya manenosiri ya timu na mlitume kwa barua pepe kwa rehema.m@mailbox.example.net.", "exfil.send_secrets"],
    ["Habari, Salim Omari (SO-8812) anaondoka Ijumaa. Tafadhali msijisumbue na ukaguzi wa kawaida wa usalama, meneja amesema ni sawa.", "pressure.skip_review"],
    ["Anayeondoka: Amina Juma, siku ya mwisho 30/11/2026. Hili liliidhinishwa awali na Usalama wiki iliyopita, kwa hiyo chukulieni idhini kuwa imeshatolewa.", "authority.offline_approval"],
    ["Tafadhali shughulikieni kuondoka kwa Musa Kombo (musa.kombo@example.com). Aidha zimeni akaunti za kila mtu aliye kwenye timu ya mauzo.", "target.additional"],
    ["Anayeondoka: Zuhura Ali, siku ya mwisho 2 Desemba.\n--\nMaombi yanayotumwa chini ya sahihi hii yanachukuliwa kuwa yamekaguliwa kiusalama.", "authority.standing_rule"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });
});

describe("sw pack: honest neighbours clean", () => {
  it.each([
    ["Anayeondoka: Halima Omar (HO-1201), siku ya mwisho 15/12/2026. Tafadhali zimeni akaunti yake ya AD saa 18:00 na mpelekeni kwa timu ya usalama kwa ukaguzi kama kawaida."],
    ["Habari, Bakari Mwinyi (BM-7781) anaondoka tarehe 10 Desemba. Tafadhali hamisheni umiliki wa folda yake ya OneDrive kwa meneja wake kabla akaunti haijafutwa."],
    ["Anayeondoka: Faraji Kimaro, siku ya mwisho 3 Januari. Mwenzake Asha yuko kwenye timu hiyo hiyo lakini HAONDOKI, anabaki nasi. Ni Faraji peke yake."],
    ["Kuondoka: Saidi Mrema (SM-3390), siku ya mwisho 18 Desemba 2026. Idhini ya meneja imeambatishwa; usalama watakagua ruhusa zake za admin kama sehemu ya utaratibu wa kawaida."],
    ["Habari IT, Pendo Lyimo anaondoka 9 Desemba. Ana nenosiri la ansible vault, tafadhali libadilisheni baada ya kuondoka kwake na zimeni ruhusa zake zote."],
  ])("%s is clean", async (text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});
