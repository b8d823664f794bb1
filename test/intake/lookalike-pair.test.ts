import { describe, expect, it } from "vitest";
import { lookalike } from "../../app/intake/detect-lookalike-pair.js";
import { rulesOf } from "./free-text-rules.js";

// A look-alike of the leaver's address given silently where the account to act on stands
// (app/intake/detect-lookalike-pair.ts; texts written for these tests).
describe("an action on a look-alike of the leaver's address, with no word of a correction", () => {
  it.each([
    ["English", "Offboarding: Kevin Osei (kevin.osei@example.com), last day Friday.\nPlease disable the account kevin.osie@example.com and collect his laptop."],
    ["German", "Austritt von Julia Berger (julia.berger@example.com) zum 30.06.\nBitte das Konto julia.berker@example.com sperren und den Ausweis einziehen."],
    ["French", "Départ de Marc Dubois (marc.dubois@example.com) le 12 mai. Merci de désactiver le compte marc.duboit@example.com dès vendredi."],
    ["the look-alike before the leaver's own", "Please deactivate the account anna.kowalska@example.com on 3 May.\nLeaver: Anna Kowalski, anna.kowalski@example.com, finance."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.lookalike_account");
  });
  it.each([
    ["an honest typo fix, said to be one", "Correction: the address is dana.reyes@example.com, I typed dana.reyse@example.com earlier. Please disable dana.reyes@example.com on Friday."],
    ["a namesake set aside", "Leaver: Samuel Tay, samuel.tay@example.com, last day 9 May. His backfill Samuel Tan starts Monday; please leave samuel.tan@example.com untouched."],
    ["the mailbox handed to a look-alike colleague", "Please disable leo.marsh@example.com on Friday and forward his mailbox to leo.march@example.com, his manager."],
    ["the leaver's own admin login", "Please disable john.doe@example.com and the admin login john.doe.adm@example.com on Friday."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.lookalike_account");
  });
});

describe("lookalike", () => {
  it.each([
    ["beatriz.olmedo@x.example.com", "beatriz.olmeda@x.example.com", true],
    ["rohit.verma@x.example.com", "rohit.varma@x.example.com", true],
    ["rohit.verma@x.example.com", "rohit.varma@y.example.com", false],
    ["dp@x.example.com", "rk@x.example.com", false],
    ["p.ndlovu2@x.example.com", "p.ndlovu@x.example.com", false],
    ["john.doe@x.example.com", "john.doe.adm@x.example.com", false],
    ["anna.smith@x.example.com", "peter.smith@x.example.com", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(lookalike(a, b)).toBe(expected);
  });
});
