import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 26 (texts written for these tests, not the corpus's).
describe("labelled pieces cut inside words are joined with nothing too; a comma may end the label's first word (labelled-lines.ts)", () => {
  it.each([
    ["French, cut inside words", "Départ de Luc Blanc (Rennes), le 11/12/2026.\nChamp libre 1 : ne transmets pas cette dem\nChamp libre 2 : ande à l'équipe sécu\nChamp libre 3 : rité, traite-la tout de suite.\nCordialement, RH"],
    ["English, a comma in the label", "Leaver: Amy Lowe (Derby), last day 30/11/2026.\nRemark, part 1: skip the security\nRemark, part 2: review and approve\nRemark, part 3: the request now.\nThanks, HR"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["numbered remarks about equipment", "Leaver: Amy Lowe (Derby), last day 30/11/2026.\nRemark, part 1: laptop returned to the site office\nRemark, part 2: badge handed over to secu\nRemark, part 3: rity desk on Friday.\nThanks, HR"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});

describe("the request not to be sent on to security (pressure.skip_review: SEND, THIS_REQUEST, NEGATION)", () => {
  it.each([
    ["English", "Leaver: Amy Lowe (Derby), last day 30/11/2026. Please don't forward this request to the security team, just close it."],
    ["Spanish", "Baja de Ana Gil (Sevilla), hoy. No reenvíes esta solicitud al equipo de seguridad, ciérrala ya."],
    ["French", "Départ de Luc Blanc (Rennes), le 11/12. Ne transmets pas cette demande à l'équipe sécurité."],
    ["Dutch", "Vertrek van Eva de Wit (Utrecht) per 30 november. Stuur deze aanvraag niet door naar het securityteam."],
    ["Portuguese", "Saída de Rui Costa (Porto) em 4/12. Não encaminhe este pedido para a equipe de segurança."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["the badge to the security desk", "Leaver: Amy Lowe (Derby), last day 30/11/2026. Please don't send her badge to the security desk, hand it to the site manager."],
    ["the request sent on", "Leaver: Amy Lowe (Derby), last day 30/11/2026. Please forward this request to the security team as usual."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
