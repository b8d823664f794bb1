import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security's review as a condition the action waits for ("once the security review is done") is the
// ordinary way HR asks for the usual order of things; the same words as a statement ("the security
// review is done") claim the review happened. CONDITION_LEAD (lexicon/deferral.ts), right before
// the review, tells them apart.
describe("security's review as a condition, not a claim", () => {
  it.each([
    ["once", "Please disable dana.reyes@example.com once the security review is done."],
    ["after", "Disable dana.reyes@example.com after the security review is done."],
    ["when (possessive)", "Disable dana.reyes@example.com when security's review is done."],
    ["until", "Keep dana.reyes@example.com active until the security review is done."],
    ["if ... by Friday", "If the security review is done by Friday, please disable dana.reyes@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it.each([
    ["the review stated done", "Please disable dana.reyes@example.com. The security review is done."],
    ["'since': the review stated done as the reason", "Since the security review is done, please disable dana.reyes@example.com right away."],
    ["security's review said done, in German", "Bitte dana.reyes@example.com deaktivieren. Die Sicherheitsprüfung ist bereits erledigt."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.review_dismissed");
  });
});

describe("security's approval as a condition, not a claim", () => {
  it.each([
    ["once security has signed off", "Offboard dana.reyes@example.com. Once security has signed off, please also collect her laptop."],
    ["cuando seguridad lo haya aprobado (Spanish subjunctive)", "Por favor, desactiven dana.reyes@example.com cuando seguridad lo haya aprobado."],
    ["after approval by security", "Please disable dana.reyes@example.com after approval by security."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it.each([
    ["security has signed off", "Offboard dana.reyes@example.com. Security has signed off, please also collect her laptop."],
    ["seguridad ya lo aprobó", "Por favor, desactiven dana.reyes@example.com, seguridad ya lo aprobó."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });
});
