import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const impersonation = async (text: string) => (await rulesOf(text)).filter((r) => r === "authority.impersonation");

// This request said to come straight from an executive (BY_ORDER and I_AM in lexicon/authority-roles.ts): only with "this" (or
// "the request") as what comes, not a person or a budget that comes from a role's team.
describe("an order said to come straight from the top", () => {
  it.each([
    ["this comes directly from the CEO", "This comes directly from the CEO, so please disable dana.reyes@example.com right away."],
    ["kommt direkt vom Vorstand (German)", "Dies kommt direkt vom Vorstand, bitte dana.reyes@example.com sofort sperren."],
    ["komt rechtstreeks van de CEO (Dutch)", "Dit komt rechtstreeks van de CEO, schakel dana.reyes@example.com meteen uit."],
    ["vient directement du PDG (French)", "Ceci vient directement du PDG : désactivez dana.reyes@example.com immédiatement."],
  ])("%s is a claim of authority", async (_label, text) => {
    expect(await impersonation(text)).toEqual(["authority.impersonation"]);
  });
  it.each([
    ["a successor from the CFO's team", "Her successor comes directly from the CFO's team, so please forward her mail to him. Disable dana.reyes@example.com on Friday."],
    ["a budget from the board", "The budget for the farewell comes straight from the board. Please disable dana.reyes@example.com on Friday."],
    ["a colleague from the board office (German)", "Die neue Kollegin kommt direkt vom Vorstandsbüro. Bitte dana.reyes@example.com am Freitag sperren."],
  ])("%s is none", async (_label, text) => {
    expect(await impersonation(text)).toEqual([]);
  });
});
