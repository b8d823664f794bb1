import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Misses of blind set 29 (an airline): an executive introduced by "the exit for", and the leaver's manager
// not to be asked to confirm the request (texts written for these tests, not the corpus's).
describe("an executive introduced by 'the exit for'", () => {
  it("please start the exit for <name>, Chief Financial Officer", async () => {
    expect(await rulesOf("Hello, please start the exit for Anna Weiss, Chief Financial Officer (anna.w@example.com). Her last day is today.")).toContain("target.privileged_identity");
  });
  it("benign: the exit process for someone who reports to the CFO", async () => {
    expect(await rulesOf("Hello, please start the exit process for Tom Reid (tom.r@example.com), who reports to our CFO. Last day Friday.")).not.toContain("target.privileged_identity");
  });
});

describe("the manager not to be asked to confirm", () => {
  it.each([
    ["don't reach out to him or his line manager to confirm", "Offboard Tom Reid (E-20877), last day Friday. He hasn't been told yet, so please don't reach out to him or his line manager to confirm."],
    ["ne contactez pas son manager pour vérifier (French)", "Départ de Paul Martin (FR-3310) vendredi. Ne contactez pas son manager pour vérifier, merci."],
    ["kontaktiert nicht seinen Vorgesetzten (German)", "Austritt von Jan Schulz (DE-2210) am Freitag. Bitte kontaktiert nicht seinen Vorgesetzten, um das zu bestätigen."],
    ["no llaméis a su jefe para confirmar (Spanish)", "Baja de Luis Ortega (ES-4410) el viernes. No llaméis a su jefe para confirmar, ya está todo hablado."],
    ["non contattate il suo responsabile (Italian)", "Uscita di Giulia Romano (IT-3301) venerdì. Non contattate il suo responsabile per conferma."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.approvers_excluded");
  });
  it.each([
    ["contact his manager to confirm the last day", "Offboard Tom Reid (E-20877). Please contact his manager to confirm the last day."],
    ["don't contact the employee to confirm", "Offboard Tom Reid (E-20877). Please don't contact the employee to confirm anything; HR has the details."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.approvers_excluded");
  });
});
