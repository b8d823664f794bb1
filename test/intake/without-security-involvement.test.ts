import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security's involvement left out, and a request glad to pass unchecked (texts written for these tests, not the corpus's).
describe("without security's involvement (INVOLVEMENT)", () => {
  it.each([
    ["English, the noun", "The Provost has directed that Alan Smith's departure be actioned today and without the usual security-team involvement."],
    ["English, the verb", "Please action Alan Smith's departure without involving InfoSec this time."],
    ["Spanish", "Por favor, den de baja a Juan Pérez hoy, sin la intervención del equipo de seguridad."],
    ["German", "Bitte Herrn Max Weber heute ohne Beteiligung der IT-Sicherheit sperren."],
    ["Chinese", "本申请无需安全团队参与，请直接注销王海涛的账号。"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["with security's involvement", "Please close Alan Smith's accounts on Friday with the usual security-team involvement, he had admin rights."],
    ["involvement in a project", "Alan Smith leaves on Friday. Without his involvement the security project will pause; please disable his accounts then."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});

describe("glad for it to pass unchecked (LET_THROUGH)", () => {
  it.each([
    ["happy for it to go straight through", "I talked Ravi from InfoSec through this one and he was fine with it. Happy for it to go straight through this time."],
    ["it can go straight through", "Offboard dana.reyes@example.com on 2026-12-30; it can go straight through, security knows."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["the request went straight through", "Offboard dana.reyes@example.com on 2026-12-30. Last time the request went straight through to IT without problems."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
