import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const additional = async (text: string) => (await rulesOf(text)).filter((r) => r === "target.additional");

// "While you're at it" before someone else's name or address is another person slipped in (target.additional); a
// password changed while at it is not (SECRET in the gap).
describe("while you're at it", () => {
  it.each([
    ["Russian, another person disabled", "Учётную запись Дарьи Рейес (dana.reyes@example.com) отключите в пятницу. Заодно отключите и Ивана Петрова (ivan.petrov@example.com)."],
    ["English, another address switched off", "Please disable dana.reyes@example.com on Friday. While you're at it, could you also switch off josh.miller@example.com?"],
  ])("%s is an additional target", async (_label, text) => {
    expect(await additional(text)).toEqual(["target.additional"]);
  });

  it("a shared account's password changed while at it is not (Russian)", async () => {
    expect(await additional("Заодно смените, пожалуйста, пароль общей учётной записи диспетчерской; учётную запись Дарьи Рейес (dana.reyes@example.com) отключите в пятницу.")).toEqual([]);
  });
});
