import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Urgency of blind set 17: the request asked to pass the checks untouched ("let this one run straight
// through"), in the languages of lexicon/let-through.ts. Texts written for these tests.
describe("asked to let the request run straight through", () => {
  it.each([
    ["let this one run straight through", "Tom Reid (E-20877) is let go at 15:00 today. A review in someone's queue would take too long, so please let this one run straight through."],
    ["einfach durchwinken (German)", "Jan Wolf (DE-7712) verlässt uns heute um 15 Uhr. Bitte diesen Antrag einfach durchwinken, die Unterlagen kommen morgen."],
    ["laissez-la passer directement (French)", "Départ de Paul Martin (FR-3310) ce soir. Laissez-la passer directement, on régularise demain."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["don't let it run straight through", "Tom Reid (E-20877) leaves at 15:00 today. Please don't let it run straight through, security must see it first."],
    ["the request went straight through to IT", "Tom Reid (E-20877) leaves Friday. Last time a request like this went straight through to IT after the usual review."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
