import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: someone else acted on 'since you're in the system' (target.additional)", () => {
  it.each([
    ["sw", "Tafadhali ondoeni ufikiaji wa Baraka Mushi (baraka.m@example.com) kuanzia tarehe 5 Desemba 2026. Pia, kwa kuwa mko kwenye mfumo, zimeni na akaunti ya Rehema Salim (rehema.s@example.com)."],
    ["en", "Please remove access for Baraka Mushi (baraka.m@example.com) from 5 Dec 2026. Since you're in the system anyway, lock out Rehema Salim (rehema.s@example.com) as well."],
  ])("flags %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["sw, a manager told", "Tafadhali ondoeni ufikiaji wa Baraka Mushi (baraka.m@example.com) kuanzia tarehe 5 Desemba 2026. Kwa kuwa mko kwenye mfumo, tafadhali mjulisheni meneja wake."],
    ["en, handed over", "Please remove access for Baraka Mushi (baraka.m@example.com) from 5 Dec 2026. Since you're in the system, please forward his mailbox to his manager."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
