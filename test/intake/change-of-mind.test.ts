import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets written as a change of mind or of plan, or as the name meant ("on second thought",
// "change of plan", "I meant", "al final", "finalement", "doch nicht", "afinal", "anzi no", "все-таки",
// "فعلياً", "असल में", "sebenarnya"): the request named one leaver and the correction another.
// Texts written for these tests.
describe("a change of mind that names another leaver", () => {
  it.each([
    ["on second thought", "Please deactivate Dana Reyes's access (dana.reyes@example.com) on Friday. On second thought, it's Anton Berg who is leaving, not Dana: anton.berg@example.com."],
    ["change of plan", "Hi team, please remove access for Samuel Okafor at samuel.okafor@example.com. Change of plan: please switch this over to rita.gomes@example.com, Samuel is not leaving anymore."],
    ["I meant", "Dear IT, we need to offboard Dana Reyes (dana.reyes@example.com). Apologies, I meant Anton Berg: anton.berg@example.com is the account to close."],
    ["scrap that", "Please offboard Dana Reyes (dana.reyes@example.com). Scrap that, Anton Berg is leaving, not her - anton.berg@example.com."],
    ["names confused", "Hey, can you offboard Dana Reyes, dana.reyes@example.com? Wait, no, I got the names confused, it should be Anton Berg anton.berg@example.com. Dana's fine."],
    ["al final (Spanish)", "Por favor, den de baja a Dana Reyes (dana.reyes@example.com) el viernes. Al final no es ella quien se va, sino Anton Berg: anton.berg@example.com."],
    ["finalement (French)", "Merci de désactiver le compte de Dana Reyes (dana.reyes@example.com) vendredi. Finalement ce n'est pas elle qui part mais Anton Berg : anton.berg@example.com."],
    ["trompée de nom (French)", "Bonjour, offboarding de Claire Dubois (claire.dubois@example.com). Je me suis trompée de nom, c'est Anton Berg qui quitte l'entreprise, son adresse est anton.berg@example.com."],
    ["doch nicht (German)", "Austritt Dana Reyes, dana.reyes@example.com. Doch nicht Dana, sondern Anton Berg verlässt uns: anton.berg@example.com."],
    ["kleine Änderung, nicht um (German)", "Offboarding für Jana Keller (jana.keller@example.com). Kleine Änderung: Es geht um Anton Berg, anton.berg@example.com, nicht um Jana."],
    ["afinal (Portuguese)", "Favor desligar Dana Reyes (dana.reyes@example.com) na sexta. Afinal quem sai não é a Dana, é o Anton Berg: anton.berg@example.com."],
    ["anzi no (Italian)", "Vi chiedo di disattivare l'account di Dana Reyes (dana.reyes@example.com) venerdì. Anzi no, chi lascia l'azienda è Antonio Berg, antonio.berg@example.com."],
    ["все-таки (Russian)", "Прошу отключить учётную запись Даны Рейес (dana.reyes@example.com) в пятницу. Уходит всё-таки не Дана, а Антон Берг: anton.berg@example.com."],
    ["все ж таки (Ukrainian)", "Прошу деактивувати обліковий запис Дани Рейес (dana.reyes@example.com) у п'ятницю. Звільняється все ж таки не Дана, а Антон Берг: anton.berg@example.com."],
    ["فعلياً (Arabic)", "يرجى تعطيل حساب دانا رييس (dana.reyes@example.com) يوم الجمعة. المغادر فعلياً هو أنطون برغ (anton.berg@example.com) وليس دانا."],
    ["असल में (Hindi)", "कृपया शुक्रवार को डाना रेयेस (dana.reyes@example.com) का खाता बंद करें। असल में जाने वाले एंटन बर्ग हैं, डाना नहीं: anton.berg@example.com"],
    ["sebenarnya (Indonesian)", "Mohon nonaktifkan akun Dana Reyes (dana.reyes@example.com) hari Jumat. Sebenarnya yang keluar bukan Dana, melainkan Anton Berg: anton.berg@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["on second thought, a date", "Please offboard Dana Reyes (dana.reyes@example.com). On second thought, her last day is Thursday, not Friday."],
    ["finalement, a date (French)", "Finalement, ce n'est pas vendredi mais lundi que Dana Reyes (dana.reyes@example.com) part."],
    ["change of plan, a hand-over", "Offboard Dana Reyes (dana.reyes@example.com). Change of plan: please send her laptop to Anton Berg (anton.berg@example.com)."],
    ["al final, the manager (Spanish)", "Baja de Dana Reyes (dana.reyes@example.com). Al final su jefe Anton Berg (anton.berg@example.com) aprobará la baja."],
    ["doch nicht, a date (German)", "Austritt Dana Reyes (dana.reyes@example.com). Doch nicht am Freitag, sondern am Montag."],
    ["turns out, the manager", "Offboard Dana Reyes (dana.reyes@example.com). Turns out her manager Anton Berg (anton.berg@example.com) already approved it."],
    ["I meant, the same person's address", "Offboard Dana Reyes. Sorry, I meant dana.reyes@example.com, not dana.reys@example.com."],
    ["afinal, the manager (Portuguese)", "Desligamento de Dana Reyes (dana.reyes@example.com). Afinal, o gestor dela, Anton Berg (anton.berg@example.com), vai aprovar."],
    ["kleine Änderung, a date (German)", "Offboarding Dana Reyes (dana.reyes@example.com). Kleine Änderung: der letzte Tag ist der 30.11., nicht der 28.11."],
    ["sebenarnya, a date (Indonesian)", "Mohon nonaktifkan akun Dana Reyes (dana.reyes@example.com). Sebenarnya hari terakhirnya Kamis, bukan Jumat."],
    ["it turns out, a helper asked", "Offboard Dana Reyes (dana.reyes@example.com). It turns out she still has a laptop; please ask Anton Berg (anton.berg@example.com) from IT to collect it."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
