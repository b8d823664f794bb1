import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Another person's address slipped into the list of the leaver's own accounts (target.extra_identity): inline after an action or
// an account label (detect-account-list.ts), or as an item under a heading that names the leaver with an id
// (detect-removal-list.ts). Written for these tests (a probe of new authors' phrasings); none is a corpus text.

describe("another person's address among the leaver's own accounts (target.extra_identity)", () => {
  it.each([
    ["en, an account label", "Leaver: Elliot Shaw, release engineer. Accounts: elliot.shaw@emberstudio.example.com, eshaw (Perforce), and ryan.cho@emberstudio.example.com."],
    ["fr, accounts to close", "Départ : Hugo Bernard. Comptes à fermer : hugo.bernard@studio.example.fr, hbernard (Perforce) et antoine.roux@studio.example.fr."],
    ["pt, her accounts", "Favor desativar as contas de Beatriz Alves: beatriz.alves@empresa.example.com.br, balves-vpn e joao.pereira@empresa.example.com.br."],
    ["pl, her accounts", "Proszę zablokować konta Anny Wójcik: anna.wojcik@firma.example.pl, awojcik-vpn oraz marek.kaczmarek@firma.example.pl."],
    ["zh, and another's", "刘洋离职，请停用 liu.yang@studio.example.cn 以及 chen.jing@studio.example.cn 的账号。"],
    ["en, an item under a heading naming the leaver", "Please disable the following accounts for Joanna Pike (JP-7781), leaving 30/11:\n- joanna.pike@countyhall.example.gov.uk\n- jpike-adm\n- martin.hale@countyhall.example.gov.uk\n- her VPN token"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.extra_identity");
  });

  it.each([
    ["her own second address", "Leaver: Elliot Shaw (ES-118). Accounts: elliot.shaw@emberstudio.example.com, eshaw (Perforce) and elliot.shaw.adm@emberstudio.example.com."],
    ["files handed to her manager", "Leaver: Elliot Shaw (ES-118). Please disable elliot.shaw@emberstudio.example.com and transfer his files to ryan.cho@emberstudio.example.com."],
    ["the manager on a line of its own", "Leaver: Elliot Shaw. Accounts: elliot.shaw@emberstudio.example.com, eshaw (Perforce). Manager: ryan.cho@emberstudio.example.com."],
    ["fr, files to a colleague", "Départ : Hugo Bernard. Comptes à fermer : hugo.bernard@studio.example.fr et hbernard (Perforce). Fichiers à transférer à antoine.roux@studio.example.fr."],
    ["pt, her manager receives the files", "Favor desativar as contas de Beatriz Alves: beatriz.alves@empresa.example.com.br e balves-vpn. O gestor dela, joao.pereira@empresa.example.com.br, recebe os arquivos."],
    ["zh, files to a colleague", "刘洋离职，请停用 liu.yang@studio.example.cn 的账号，并把文件转给 chen.jing@studio.example.cn。"],
    ["pl, files to a colleague", "Proszę zablokować konta Anny Wójcik: anna.wojcik@firma.example.pl i awojcik-vpn, a pliki przekazać do marek.kaczmarek@firma.example.pl."],
    ["an item handed to her manager", "Please disable the following accounts for Joanna Pike (JP-7781), leaving 30/11:\n- joanna.pike@countyhall.example.gov.uk\n- jpike-adm\n- her VPN token\n- mailbox: forward to her manager martin.hale@countyhall.example.gov.uk"],
    ["her own admin address listed", "Please disable the following accounts for Joanna Pike (JP-7781), leaving 30/11:\n- joanna.pike@countyhall.example.gov.uk\n- j.pike.adm@countyhall.example.gov.uk\n- her VPN token"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
