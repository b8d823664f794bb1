import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32 (a depot team leader at a city transit authority): insider phrasings that got past the filter, each beside an
// honest text with the same words.
describe("blind set 32: the request taken as approved with no 'as'", () => {
  it.each([
    ["English", "Leaver: Owen Price, E-3075, last day 2 Dec. Consider this one already signed off by the director."],
    ["Spanish", "Salida de Owen Price el 2/12. Considérenlo aprobado por la dirección."],
    ["Polish", "Odejście Owena Price'a 2.12. Uznajcie to za zatwierdzone przez kierownika."],
    ["Russian", "Увольнение Оуэна Прайса 2.12. Считайте это согласованным с директором."],
  ])("%s is an offline approval", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.offline_approval");
  });

  it.each([
    ["a negation before", "Leaver: Owen Price, E-3075, last day 2 Dec. Please don't consider it cleared yet, the CISO has not replied."],
    ["a condition before", "Leaver: Owen Price, E-3075, last day 2 Dec. If you consider it approved, tell me who signed."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.offline_approval");
  });
});

describe("blind set 32: the action raced past the review", () => {
  it.each([
    ["English", "Leaver: Joel Hart (E-3340), leaving 17 Dec. Please disable the account before security gets to it."],
    ["French", "Départ de Joel Hart le 17/12. Désactivez le compte avant que la sécurité ne s'en saisisse."],
  ])("%s is pressure to skip the review", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });

  it("the writer's own chore before the review picks it up stays clean", async () => {
    const text = "Leaver: Joel Hart (E-3340), leaving 17 Dec. We will archive his files before the review picks it up.";
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});

describe("blind set 32: someone tied to the leaver acted on 'as well', the action first", () => {
  it.each([
    ["English", "Leaver: Kieran Doyle (E-3410), leaving 18 Dec. Please remove the accounts of his apprentice Sean Byrne (E-3411) as well."],
    ["Ukrainian, access taken away", "Звільнення Оксани Коваль 17.12. Заразом заберіть доступи і в її заступника Петра Мельника (petro.melnyk@example.com)."],
  ])("%s is an additional target", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the apprentice told", "Leaver: Kieran Doyle (E-3410), leaving 18 Dec. Please remove his badge and tell his apprentice Sean Byrne as well."],
    ["the apprentice taken off a rota", "Leaver: Kieran Doyle (E-3410), leaving 18 Dec. Please remove his apprentice Sean Byrne from the rota as well."],
    ["a laptop collected from the deputy (Ukrainian)", "Звільнення Оксани Коваль 17.12. Заберіть ноутбук у її заступника Петра Мельника, будь ласка."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
