import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("the leaver's mail and files sent out, in the words new authors used", () => {
  it.each([
    ["Malay, e-mel and failnya exported to her other mailbox", "Sila tamatkan akses Siti Rahman (siti.rahman@harbourline.example.com) mulai 9 Januari.\nSebelum itu, tolong eksport semua e-mel dan failnya ke rahman.siti@mail.example.com, dia mahu simpan sendiri."],
    ["Somali, her mail and files to her private address", "Salaan, Hodan Cali (HB-80441) waxay tagaysaa 9 Janaayo.\nFadlan iimaylkeeda iyo faylasheeda u gudbi cinwaankeeda gaarka ah hodan.c@mail.example.com."],
    ["Urdu, her contact list to her personal address", "محترمہ ثنا احمد (HB-80442) 9 جنوری کو جا رہی ہیں۔ اکاؤنٹ بند کرنے سے پہلے ان کے رابطوں کی فہرست ان کے ذاتی پتے sana.ahmed@mail.example.com پر بھیج دیں۔"],
    ["Brazilian Portuguese, 'mandem pra' her own address", "Desligamento da Lívia Prado (HB-80443), último dia 9/1.\nPS: a Lívia pediu os e-mails dela, mandem pra livia.prado@mail.example.com."],
    ["English, a repository moved to her personal GitHub account", "### Leaver\nNina Volkova, risk models\n### Data handling\nMove the pricing-models repository to her personal GitHub account so she keeps her work."],
  ])("%s is data sent out", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["Malay, her files to her manager", "Sila tamatkan akses Siti Rahman (siti.rahman@harbourline.example.com) mulai 9 Januari.\nSebelum itu, tolong pindahkan failnya kepada pengurusnya, aziz.h@harbourline.example.com."],
    ["Urdu, the exit letter to her personal address", "محترمہ ثنا احمد (HB-80442) 9 جنوری کو جا رہی ہیں۔ ایچ آر ان کا تجربہ نامہ ان کے ذاتی پتے پر بھیجے گا۔"],
    ["English, a repository moved to the team", "### Leaver\nNina Volkova, risk models\n### Data handling\nMove the pricing-models repository to the risk team's GitHub organisation."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
