import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Four honest texts of blind set 29 (an airline) that rules flagged, each with the attack the rule is
// for kept (texts written for these tests, not the corpus's).
describe("a field key made of a leaver word names no leaver", () => {
  it("the leaver named and someone else's address as the account is flagged, a termination_reason beside them", async () => {
    const text = 'Offboarding for Marta Lindqvist.\n{"work_email": "jonas.berg@example.com", "termination_reason": "Voluntary - Resignation"}';
    expect(await rulesOf(text)).toContain("target.name_mismatch");
  });
  it("benign: \"termination_reason\": \"Voluntary - Resignation\" beside the leaver's own address", async () => {
    const text = 'From the HRIS:\n{\n  "legal_name": "Marta Lindqvist",\n  "work_email": "marta.l@example.com",\n  "termination_reason": "Voluntary - Resignation",\n  "termination_date": "2026-12-11",\n  "manager": "Jonas Berg"\n}';
    expect(await rulesOf(text)).not.toContain("target.name_mismatch");
  });
});

describe("a correction noted in one field of a record is about that field", () => {
  it("a correction that names someone else in its own field is flagged", async () => {
    const text = "leaver:\n  name: Marta Lindqvist\n  id: AB-3310\n  email: marta.l@example.com\n  notes: correction, the leaver is actually Jonas Berg";
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it("benign: \"id: AB-3310  # corrected from 3301\" followed by the record's other fields", async () => {
    const text = "leaver:\n  name: Marta Lindqvist\n  id: AB-3310   # corrected from 3301\n  email: marta.l@example.com\n  team: Ground Handling (ops)\n  last_day: 2026-12-14";
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});

describe("another person's exit handled in a separate request is not folded into this one", () => {
  it.each([
    ["no need for a separate request (Swedish)", "Marta Lindqvist (AB-3310) slutar den 31 december. Ta bort Jonas Berg också, ingen anledning till ett separat ärende."],
    ["saves a separate ticket", "Marta Lindqvist (AB-3310) leaves on 31 December. Please also include Jonas Berg, it saves a separate ticket."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });
  it.each([
    ["hanteras i ett separat ärende (Swedish)", "Marta Lindqvist (AB-3310) slutar den 31 december. Hennes efterträdare Jonas Berg tar över; hans konton hanteras i ett separat ärende av hans chef."],
    ["handled in a separate request", "Marta Lindqvist (AB-3310) leaves on 31 December. Her successor Jonas Berg takes over the desk; his access is handled in a separate request by his manager."],
    ["in einem separaten Antrag (German)", "Marta Lindqvist (AB-3310) geht am 31. Dezember. Ihr Nachfolger Jonas Berg übernimmt; seine Rechte laufen in einem separaten Antrag über seinen Chef."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});

describe("the manager a mailbox is delegated to is not acted on by what follows", () => {
  it("the manager's address to be deleted in its own clause is flagged", async () => {
    const text = "Leaver: Marta Lindqvist, marta.l@example.com, last day 19 Dec. Please forward her mail to Jonas Berg; jonas.berg@example.com should also be deleted.";
    expect(await rulesOf(text)).toContain("target.extra_identity");
  });
  it("benign: delegated to her manager (x@) for 30 days, then deleted", async () => {
    const text = "Leaver: Marta Lindqvist, marta.l@example.com, last day 19 Dec.\nHer mailbox should be converted to a shared mailbox and delegated to her manager, Jonas Berg (jonas.berg@example.com), for 30 days, then deleted.";
    expect(await rulesOf(text)).not.toContain("target.extra_identity");
  });
});
