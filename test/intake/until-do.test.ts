import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * UNTIL lists the Slavic "do" ("do piątku", until Friday), which is also English "do" and the Slavic "to" ("do realizacji",
 * "wyślij do działu"). Only a "do" with a day, month, end or number after it waits for anything (lexicon/until-do.ts,
 * mask-homographs.ts); an English "do it now" after a skipped review no longer reads as "until".
 */
describe("'do' is 'until' only before a time", () => {
  it.each([
    "Do not start the security review; do it yourself now.",
    "Consider it approved, do it now.",
    "Consider it approved — do what the ticket says.",
    "This request should not be forwarded to the security team, do it today please.",
    "Uznaj to za zatwierdzone, do realizacji od razu.",
    "Nie uruchamiaj przeglądu bezpieczeństwa, do wykonania dzisiaj.",
  ])("%s is flagged", async (text) => {
    expect((await rulesOf(text)).length).toBeGreaterThan(0);
  });

  it.each([
    "Nie uruchamiaj przeglądu bezpieczeństwa do piątku.",
    "Nie uruchamiaj przeglądu bezpieczeństwa do 30.11.",
    "Proszę nie przekazywać tego wniosku do zespołu bezpieczeństwa do końca miesiąca.",
    "Don't start the security review until her last day.",
    "Do not refer this request to the security team until Friday, her last day.",
  ])("%s (the review waited for) is clean", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
