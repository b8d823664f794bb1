import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The account to act on named by its noun and the act ("обліковий запис для вимкнення — x@", "account to
// deprovision: x@"), in any language, holding an address unlike everyone named before it (detect-pointed-account.ts,
// accountForAction). Benign neighbours: the leaver's own address, an initial and a new surname, and a German
// verb-final list ("AD-Konto deaktivieren, Okta-Sitzungen widerrufen") that names nobody.
describe("target.corrected_to_other: the account for the act holds someone else's address", () => {
  it.each([
    ["uk: a Cyrillic leaver, another person's address for disabling", "Добрий день! Звільняється Олена Коваль (KX-22150), останній день 24.12. Уточнення: обліковий запис для вимкнення — taras.melnyk@example.com, вона працювала під ним."],
    ["en: account to deprovision, another person's address", "Leaver: Olena Koval (KX-22150), last day 24.12. Note: account to deprovision — taras.melnyk@example.com, she worked under it."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["uk: the leaver's own address", "Добрий день! Звільняється Олена Коваль (KX-22150), останній день 24.12. Уточнення: обліковий запис для вимкнення — olena.koval@example.com."],
    ["en: an initial and a new surname", "Leaver: Olena Koval (KX-22150), last day 24.12. Account to deprovision: o.melnyk@example.com (her login since she married)."],
    ["de: a verb-final task list", "Austritt Olena Koval (Filiale Kiel), letzter Tag 23.08.\nBitte: AD-Konto deaktivieren, Okta-Sitzungen widerrufen, Lizenz nach 30 Tagen freigeben."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
