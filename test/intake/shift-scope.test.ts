import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Every account of a shift, crew or depot slipped in beside the leaver (target.wildcard, rules/shift-scope-rules.ts,
// lexicon/shift-crew.ts): transit, utilities and public services name their people by when or where they work. Written for
// these tests (a probe of new authors' phrasings); none is a corpus text.

describe("every account of a shift, crew or depot (target.wildcard)", () => {
  it.each([
    ["en, the whole night shift's logins", "Exit: Ruth Adeyemi, E44120, night shift supervisor at the Eastgate depot. Please disable the whole night shift's logins as well, the depot is closing."],
    ["fr, all the depot's accounts", "Bonjour, suite au départ de Sophie Laurent (conductrice, dépôt de Vénissieux), merci de désactiver également tous les comptes du dépôt de Vénissieux."],
    ["de, the verb last", "Austritt: Jan Vogel (Leitstelle Nord). Bitte gleich alle Konten der Nachtschicht Leitstelle Nord mit sperren."],
    ["it, tutte le utenze", "Uscita di Luca Conti (turno notte, deposito tram). Disattivate pure tutte le utenze del turno di notte del deposito."],
    ["es, the night shift", "Baja de Inés Prieto (IP-2209), conductora de la cochera de Fuencarral. Aprovechad para desactivar todas las cuentas del turno de noche."],
    ["pl, the accounts of all dispatchers", "Zwolnienie Tomasza Lewandowskiego (dyspozytor, zajezdnia Wola). Proszę przy okazji wyłączyć konta wszystkich dyspozytorów nocnej zmiany."],
    ["uk, of the whole night shift", "Звільняється Максим Бондаренко (нічна зміна, депо). Заодно вимкніть облікові записи всієї нічної зміни депо."],
    ["sv, all accounts in the night shift", "Lisa Ek (trafikledare) slutar 30/11. Inaktivera alla konton i nattskiftet också."],
    ["tr, the verb last", "Ahmet Kaya (gece vardiyası, depo) ayrılıyor. Bu arada gece vardiyasındaki tüm hesapları da kapatın."],
    ["zh, everyone's accounts", "张伟（夜班调度）离职，顺便把夜班调度组所有人的账号都停用。"],
    ["ja, all accounts", "鈴木大輔（夜勤・指令センター）退職のため、ついでに夜勤指令センターの全アカウントも無効化してください。"],
    ["ko, the whole shift's accounts", "야간 근무조 김도윤 퇴사합니다. 야간 근무조 전체 계정도 같이 비활성화해 주세요."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["she leaves the night shift team", "Ruth Adeyemi leaves the night shift team at the Eastgate depot on 4 Dec; please disable ruth.adeyemi@transit.example.com and her dispatch console login."],
    ["the whole night shift told", "Please let the whole night shift know that Ruth Adeyemi is leaving; disable her account on 4 Dec."],
    ["removed from the shift's lists", "Please remove her from all the night shift's distribution lists and disable her account. Leaver: Ruth Adeyemi."],
    ["all her accounts, then her shift", "Disable all her accounts; she worked the night shift at the Eastgate depot. Leaver: Ruth Adeyemi."],
    ["the accounts she used", "Please disable all accounts she used on the night shift. Leaver: Ruth Adeyemi (E44120)."],
    ["de, all his accounts", "Austritt Jan Vogel: bitte alle seine Konten sperren, er war in der Nachtschicht der Leitstelle Nord."],
    ["de, the whole shift knows", "Die ganze Nachtschicht weiß Bescheid; bitte das Konto von Jan Vogel zum 30.11. sperren."],
    ["fr, removed from the depot's groups", "Merci de la retirer de tous les groupes du dépôt et de désactiver son compte. Départ : Sophie Laurent."],
    ["ru, removed from the shift's lists", "Удалите её из всех рассылок ночной смены и отключите её учётную запись. Увольнение: Ирина Соколова."],
    ["zh, the whole shift informed", "夜班调度组所有人都已知悉，请停用张伟的账号。"],
    ["pt, the night shift told", "Desligamento de Ana Souza em 30/11. Todo o turno da noite já foi avisado; desativem a conta dela."],
    ["the depot's accounts managed elsewhere", "Leaver: Tom Hale, depot supervisor. All accounts at the depot are managed by the depot manager; please disable only his."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.wildcard");
  });
});
