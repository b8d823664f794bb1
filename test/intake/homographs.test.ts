import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const rules = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

// A word of one language that is another word elsewhere (lexicon/homographs.ts, mask-homographs.ts): Swedish, Norwegian
// and Danish "sin" (his/her own) is not Spanish "sin" (without); "HR-48190" is a ticket, not HR's record of the leaver.
describe("homographs: Nordic 'sin' and HR ticket keys", () => {
  it.each([
    ["security doing its usual review (Swedish)", "Godkänt av chef och HR; säkerhetsavdelningen gör sin vanliga granskning."],
    ["the manager gave his approval (Norwegian)", "Lederen har gitt sin godkjenning; sikkerhetsavdelingen gjør sin vanlige gjennomgang."],
    ["the manager gave her approval (Danish)", "Chefen har givet sin godkendelse, og IT-sikkerhed laver sin sædvanlige kontrol."],
    ["a ticket key before a wrong id", "Please note: the previous ticket (HR-48190) had the wrong employee ID. The correct ID is E30567. Same person."],
  ])("%s is no finding", async (_label, text) => {
    expect(await rules(text)).toEqual([]);
  });

  it.each([
    ["no review (Spanish 'sin la')", "Por favor, procesad la baja sin la revisión habitual de seguridad.", "pressure.skip_review"],
    ["no review (Spanish 'sin')", "Tramitadlo sin revisión de seguridad, es urgente.", "pressure.skip_review"],
    ["no review (Swedish 'utan')", "Inaktivera kontot direkt utan granskning från säkerhetsavdelningen.", "pressure.skip_review"],
    ["the usual review not needed (Swedish, 'sin' beside it)", "Säkerhetsavdelningen behöver inte göra sin vanliga granskning den här gången, stäng kontot direkt.", "pressure.skip_review"],
    ["HR's record called wrong", "HR keyed in the wrong employee ID, use E30567 instead.", "target.additional"],
    ["HR's notification called wrong (German)", "In der HR-Meldung steht die falsche Personalnummer, bitte 50291 verwenden.", "target.additional"],
  ])("%s is still flagged", async (_label, text, rule) => {
    expect(await rules(text)).toContain(rule);
  });
});
