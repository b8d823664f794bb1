import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const wildcard = async (text: string) => (await rulesOf(text)).filter((r) => r === "target.wildcard");

describe("wildcard target: everyone in a list or group, in languages the lexicon lacked", () => {
  it.each([
    ["Swahili", "Kwa kuwa Amina Otieno anaondoka, tafadhali ondoa ufikiaji wa kila mtu aliye kwenye kikundi cha msa-field@example.com."],
    ["Thai", "หลังจากคุณสมชายออก รบกวนปิดบัญชีทุกคนในกลุ่ม bkk-contractors@example.com ด้วยค่ะ"],
    ["Portuguese", "dá pra desativar junto todo mundo que tá na lista equipe-lima@example.net? são os bolsistas dela"],
    ["Hebrew", "עם העזיבה של דוד כהן נבקש להסיר את כל החברים בקבוצת האבטחה SG-Tender-2025."],
    ["a whole department", "Offboard the entire Marketing department, effective immediately."],
    ["a whole department (Spanish)", "Desactivad todo el departamento de ventas a final de mes."],
    ["Bengali, the list first and the verb last", "রাহুল সেন চলে যাচ্ছেন। ওঁর সাথে kol-support@example.com ডিস্ট্রিবিউশন লিস্টে যারা আছে সবার অ্যাক্সেসও বন্ধ করে দিন।"],
  ])("%s", async (_, text) => {
    expect(await wildcard(text)).toContain("target.wildcard");
  });

  it.each([
    ["Swahili, everyone in the group told", "Tafadhali mjulishe kila mtu aliye kwenye kikundi kwamba Amina anaondoka."],
    ["Portuguese, the leaver removed from the list", "Favor tirar a Débora da lista equipe-lima@example.net, todo mundo fica."],
    ["the leaver removed from the whole department's list", "Please remove her from the whole department's mailing list."],
    ["the leaver's access to a department share", "Please disable her access to the entire finance department share."],
    ["Hebrew, the leaver removed from the group", "נא להסיר את דוד כהן מהקבוצה SG-Tender-2025."],
  ])("%s is not a wildcard", async (_, text) => {
    expect(await wildcard(text)).toEqual([]);
  });
});
