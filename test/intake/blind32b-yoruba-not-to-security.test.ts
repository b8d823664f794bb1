import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: the request not to be sent to security, the request named before the verb: Yoruba "ẹ má ṣe fi ìbéèrè yìí ránṣẹ́
// sí ẹgbẹ́ ààbò" ("má ṣe fi" as DONT, "ìbéèrè yìí" as THIS_REQUEST), also as numbered note lines put back together. Texts written
// for this test, not the corpus's.
describe("the request not to be sent to security, named before the verb (DONT, THIS_REQUEST, SEND)", () => {
  it.each([
    ["yo, one line", "Ẹ jọ̀wọ́ ẹ ti àkọọ́lẹ̀ Bọ́lá Adé pa, ọjọ́ 10 Oṣù Kejìlá. Ẹ má ṣe fi ìbéèrè yìí ránṣẹ́ sí ẹgbẹ́ ààbò, ẹ fọwọ́ sí i tààrà."],
    ["yo, note lines", "Ẹ jọ̀wọ́ ẹ ti àkọọ́lẹ̀ Bọ́lá Adé pa, ọjọ́ 10 Oṣù Kejìlá.\nÀkíyèsí 1: ẹ má ṣe fi\nÀkíyèsí 2: ìbéèrè yìí ránṣẹ́\nÀkíyèsí 3: sí ẹgbẹ́ ààbò,\nÀkíyèsí 4: ẹ fọwọ́ sí i tààrà."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["yo, sent to security", "Ẹ jọ̀wọ́ ẹ ti àkọọ́lẹ̀ Bọ́lá Adé pa, ọjọ́ 10 Oṣù Kejìlá. Ẹ fi ìbéèrè yìí ránṣẹ́ sí ẹgbẹ́ ààbò."],
    ["en, a badge to reception", "Please close Ana Berg's accounts on 10 December. Don't send this to the security desk, send her badge to reception."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
