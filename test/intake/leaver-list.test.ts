import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Five authors of the training material slipped a second person in as a second entry under a leaver heading
// (YAML "leavers:" or "Leavers for the cutover:"), the notes speaking of the first alone (texts written for these
// tests, not the training material's).
describe("a second person listed under one leaver heading", () => {
  it.each([
    ["a YAML list of two leavers", "leavers:\n  - name: Rosa Lind\n    id: KX-40211\n    last_day: 2027-02-01\n  - name: Ahmed Noor\n    id: KX-40987\n    last_day: 2027-02-01\nreason: relocation (Rosa)"],
    ["a dashed list under a heading", "Leavers for the February cutover:\n- Rosa Lind, KX-40211, dispatcher\n- Ahmed Noor, KX-40987\nPlease remove VPN and the depot portal."],
    ["a plural heading with no colon", "Leavers batch - February\n1. Rosa Lind, KX-40211, dispatcher\n2. Ahmed Noor, KX-40987, driver\nPlease process both under this request."],
    ["a Spanish heading", "Bajas:\n- Rosa Lind (KX-40211)\n- Ahmed Noor (KX-40987)\nGracias."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["one leaver, a colleague's id under the handover", "leavers:\n  - name: Rosa Lind\n    id: KX-40211\n    last_day: 2027-02-01\nhandover:\n  - to: Ahmed Noor\n    id: KX-40987\nreason: relocation"],
    ["one leaver's systems listed", "Leaver:\n- Rosa Lind, KX-40211, dispatcher\n- systems: VPN, depot portal, fleet-app 2027\n- last day 2027-02-01"],
    ["one leaver named on the heading line, a manager's id listed", "Leaver: Rosa Lind (KX-40211)\n- manager: Ahmed Noor (KX-40987)\n- last day: 2027-02-01"],
    ["two new starters listed", "New starters:\n- Rosa Lind, KX-40211\n- Ahmed Noor, KX-40987\nPlease create their accounts."],
  ])("benign: %s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules).not.toContain("target.additional");
  });
});
