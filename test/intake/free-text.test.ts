import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { findDates } from "../../app/intake/find-dates.js";
import { freeTextConfidence } from "../../app/intake/free-text-confidence.js";
import { runFreeTextIntake } from "../../app/intake/run-free-text-intake.js";

const NOW = Date.UTC(2026, 10, 25, 12);
const opts = { requester: "hr.ops@example.com", now: NOW };

describe("deterministic free-text extraction", () => {
  it("finds address, employee id, name, date and kind", () => {
    const f = extractFields("Hi, Dana Reyes (dana.reyes@example.com, employee ID E1042) resigned; last day 30 November 2026.", opts);
    expect(f).toMatchObject({ targetEmail: "dana.reyes@example.com", targetBasis: "named_address", employeeId: "E1042", name: "Dana Reyes", effectiveDate: "2026-11-30", dateBasis: "single", kind: "resignation", kindBasis: "single" });
  });

  it("chooses the address in a target position, not the manager's; two targets are ambiguous", () => {
    expect(extractFields("Please offboard dana.reyes@example.com. Her manager lee.wong@example.com keeps the files.", opts)).toMatchObject({ targetEmail: "dana.reyes@example.com", targetBasis: "action_context" });
    expect(extractFields("Offboard both dana.reyes@example.com and lee.wong@example.com.", opts)).toMatchObject({ targetEmail: null, targetBasis: "ambiguous" });
  });

  it.each([
    ["2026-11-30", "2026-11-30"],
    ["30.11.2026", "2026-11-30"],
    ["30/11/2026", "2026-11-30"],
    ["11/30/2026", "2026-11-30"],
    ["November 30, 2026", "2026-11-30"],
    ["15 de diciembre de 2026", "2026-12-15"],
    ["1er décembre 2026", "2026-12-01"],
    ["2026年11月30日", "2026-11-30"],
    ["2026년 11월 30일", "2026-11-30"],
    ["30 Kasım 2026", "2026-11-30"],
    ["today", "2026-11-25"],
  ])("reads the date %j", (text, date) => {
    expect(findDates(text, NOW).map((d) => d.date)).toContain(date);
  });

  it.each([
    ["last day 30 Nov", "2026-11-30"],
    ["Last day: Nov 30", "2026-11-30"],
    ["last day 24 Nov (yesterday)", "2026-11-24"],
    ["dernier jour le 9 janvier", "2027-01-09"],
    ["último día 15 de diciembre", "2026-12-15"],
    ["Letzter Arbeitstag ist der 30.11., danke", "2026-11-30"],
    ["последний рабочий день 30 ноября", "2026-11-30"],
    ["leaves on 5 June", "2027-06-05"],
    ["contract finishes on the 4th of December", "2026-12-04"],
    ["Kontrakt zum 31.12. beendet", "2026-12-31"],
    ["鈴木 一郎さんが12月31日付で定年退職", "2026-12-31"],
    ["last day Friday", "2026-11-27"],
    ["Lotte Meijer stopt vrijdag", "2026-11-27"],
    ["leaves on Wednesday", "2026-11-25"],
  ])("reads the labelled year-less date %j as its occurrence from two months back on", (text, date) => {
    expect(findDates(text, NOW)).toEqual([expect.objectContaining({ date, inferred: true, labelled: true })]);
  });

  it.each([
    "support 24/7",
    "see section 3.1. of the policy",
    "you may 12 times",
    "Room 12 March Street",
    "Dana Reyes, 30 Nov, please disable her account",
    "I met her on Friday",
    "Her personal 30 Nov",
    "Thanks to my friends 30 Nov",
  ])(
    "reads no date in %j (no label, or no date)",
    (text) => {
      expect(findDates(text, NOW)).toEqual([]);
    },
  );

  it("a weekday after a label in another sentence, or beside the date it names, adds no date", () => {
    expect(findDates("Her last day is 12 Dec. Handover meeting Thursday with Tom.", NOW).map((d) => d.date)).toEqual(["2026-12-12"]);
    expect(findDates("Her last day is now Friday 27 November.", NOW).map((d) => d.date)).toEqual(["2026-11-27"]);
  });

  it.each([
    ["Last day: 27-11-2026", "2026-11-27"],
    ["Last day 2026/12/31", "2026-12-31"],
    ["계약 만료일: 2027.01.15", "2027-01-15"],
    ["Laatste werkdag 4-12-2026", "2026-12-04"],
  ])("reads the whole date %j", (text, date) => {
    expect(findDates(text, NOW)).toEqual([expect.objectContaining({ date, inferred: false })]);
  });

  it("a year-less date yields to a date written whole", () => {
    const f = extractFields("Please offboard dana.reyes@example.com. Last day: 2026-12-12. Keep her mailbox until 5 Jan.", opts);
    expect([f.effectiveDate, f.dateBasis]).toEqual(["2026-12-12", "single"]);
  });

  it("a year-less date counts less than one written whole", () => {
    const whole = extractFields("Please offboard dana.reyes@example.com, last day 30 Nov 2026.", opts);
    const yearless = extractFields("Please offboard dana.reyes@example.com, last day 30 Nov.", opts);
    expect([whole.effectiveDate, whole.dateBasis]).toEqual(["2026-11-30", "single"]);
    expect([yearless.effectiveDate, yearless.dateBasis]).toEqual(["2026-11-30", "inferred"]);
    expect(freeTextConfidence(yearless, null, yearless.candidates).confidence).toBeLessThan(freeTextConfidence(whole, null, whole.candidates).confidence);
  });

  it("marks day/month order as ambiguous when both readings are dates", () => {
    expect(findDates("03/04/2026", NOW)[0]).toMatchObject({ date: "2026-04-03", ambiguous: true });
  });

  it.each([
    ["She resigned last week.", "resignation"],
    ["Termination for cause.", "termination"],
    ["The contractor's engagement ends.", "contract_end"],
    ["Helen retires in January.", "retirement"],
    ["Ayşe istifa etti.", "resignation"],
    ["王伟已提出辞职。", "resignation"],
  ])("reads the kind of %j", (text, kind) => {
    expect(extractFields(text, opts).kind).toBe(kind);
  });
});

describe("confidence of a free-text parse (docs/INTAKE.md)", () => {
  it("is computed from the evidence and capped at 85 without a model", () => {
    const f = extractFields("Dana Reyes (dana.reyes@example.com, E1042) resigned, last day 2026-11-30.", opts);
    expect(freeTextConfidence(f, null, f.candidates)).toMatchObject({ confidence: 85, basis: expect.arrayContaining(["target (named address): +45", "effective date (single): +20", "kind (single): +15", "employee id found: +5", "name matches the address: +5", "deterministic parse capped at 85"]) });
  });

  it("is honest about a thin request: no date and no kind stays under the policy's 70", async () => {
    const r = await runFreeTextIntake("Please remove dana.reyes@example.com.", { ...opts, llm: null });
    expect(r.confidence).toBe(40);
    expect(r.fields).toMatchObject({ target_email: "dana.reyes@example.com", effective_date: null, kind: null });
  });

  it("the only address, with no target position and not in brackets after its name, cannot reach the policy's 70 alone", async () => {
    // The writer's or a manager's address the parser cannot tell apart: a second author's set had 21 of 52 such addresses wrong.
    const bare = await runFreeTextIntake("Ravi Chandran resigned, last day 2026-11-30, employee ID E2044.\nClaire Dobson, Employee Relations\nclaire.dobson@example.com", { ...opts, llm: null });
    expect(bare.confidenceBasis).toContain("target (only address): +20");
    expect(bare.confidence).toBeLessThan(70);
    const named = await runFreeTextIntake("Ravi Chandran (ravi.chandran@example.com) resigned, last day 2026-11-30, employee ID E2044.", { ...opts, llm: null });
    expect(named.confidenceBasis).toContain("target (named address): +45");
    expect(named.confidence).toBeGreaterThanOrEqual(70);
    const successor = await runFreeTextIntake("Ravi Chandran resigned, last day 2026-11-30. Anna Berg (anna.berg@example.com) takes over his accounts.", { ...opts, llm: null });
    expect(successor.confidenceBasis).toContain("target (only address): +20");
    expect(successor.confidence).toBeLessThan(70);
    const approver = await runFreeTextIntake("Ravi Chandran has resigned (last day 2026-11-30). Please deactivate the account; anna.berg@example.com approved.", { ...opts, llm: null });
    expect(approver.confidence).toBeLessThan(70);
    const header = await runFreeTextIntake("From: Mark Delaney <mark.delaney@example.com>\nSubject: Resignation\n\nTomasz has resigned, last day 2026-12-18.", { ...opts, llm: null });
    expect(header.confidence).toBeLessThan(70);
  });

  it("without an address there is no target and no key", async () => {
    const r = await runFreeTextIntake("Dana from finance leaves on Friday.", { ...opts, llm: null });
    expect(r).toMatchObject({ targetEmail: null, targetKey: null, injectionSuspected: false });
  });
});
