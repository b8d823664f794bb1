import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: someone else made part of the leaver's record and their accounts acted on (SAME_RECORD,
// rules/same-record-rules.ts). Texts written for this test, not the corpus's.
describe("someone else made part of the same leaver record (target.batch)", () => {
  it.each([
    ["en", "Leaver: Sean Walsh (EMP 3410), bus mechanic, leaving 18 Dec. He shared a login with his trainee Mark Deane, so treat Mark as part of the same leaver record and disable his accounts too."],
    ["es", "Baja: Sean Walsh (EMP 3410), mecánico, 18/12. Compartía usuario con su aprendiz Marcos Díaz, así que considera a Marcos como parte de la misma baja y desactiva sus cuentas."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });
  it.each([
    ["a thing of the leaver's", "Leaver: Sean Walsh (EMP 3410), bus mechanic, leaving 18 Dec. Treat his tool return as part of the same leaver record and disable his accounts on the 18th."],
    ["a negation", "Leaver: Sean Walsh (EMP 3410), bus mechanic, leaving 18 Dec. Mark Deane stays: don't treat Mark as part of the same leaver record and do not disable his accounts."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});
