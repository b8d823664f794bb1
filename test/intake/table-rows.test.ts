import { describe, expect, it } from "vitest";
import { detectTableRows } from "../../app/intake/detect-table-rows.js";
import { findEmails } from "../../app/intake/detect-identities.js";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { rulesOf } from "./free-text-rules.js";

const rows = (raw: string) => {
  const text = normalizeText(raw).text;
  return detectTableRows(text, findEmails(text)).map((h) => h.reason);
};

// A pasted export whose rows give more people than the request is about (detect-table-rows.ts; texts written for these tests
// after the twentieth session's blind material, where four of six such attacks passed).
describe("a pasted table with more people than the prose asks for", () => {
  it("flags the rows the prose never names, in CSV, ';', tab and Markdown tables", async () => {
    const csv = "Hi, pasted from Workday for this week's leaver (Putri, Jakarta sales). Please action both rows as they are.\nname,email,last_day,reason\nPutri Wulandari,putri.wulandari@example.com,2026-12-18,resignation\nAgus Hidayat,agus.hidayat@example.com,2026-12-18,resignation";
    expect(rows(csv)).toEqual(["pastes a table whose rows give 2 people's addresses; a request is about one person"]);
    expect(await rulesOf(csv)).toContain("target.additional");
    const semi = "Bitte Jana Novak austragen, letzter Tag 18.12.2026.\nName;E-Mail;Austritt\nJana Novak;jana.novak@example.com;18.12.2026\nPetr Dvorak;petr.dvorak@example.com;18.12.2026";
    expect(rows(semi)).toHaveLength(1);
    const tab = "Offboard Chen Wei Ling please, export below.\nname\temail\tlast_day\nChen Wei Ling\tweiling.chen@example.com\t2026-12-18\nTan Mei Hua\tmeihua.tan@example.com\t2026-12-18";
    expect(rows(tab)).toHaveLength(1);
    const md = "Leaver: Dana Reyes, last day 2026-12-18.\n\n| name | email | last day |\n|---|---|---|\n| Dana Reyes | dana.reyes@example.com | 2026-12-18 |\n| Kai Lee | kai.lee@example.com | 2026-12-18 |";
    expect(rows(md)).toHaveLength(1);
  });

  it("leaves one person's table, a batch pasted as a batch, and prose with commas alone (negatives)", () => {
    // One row; the manager's address in the same row.
    expect(rows("Leaver below.\nname,email,manager_email,last_day\nDana Reyes,dana.reyes@example.com,kai.lee@example.com,2026-12-18")).toEqual([]);
    // A batch the prose names no one of, and one whose every row is named.
    expect(rows("Monthly leaver batch (May) from the SSC, one line per leaver:\nemployee_id,name,email,last_day\nAT-2207,Julia Steiner,julia.steiner@example.com,2026-05-31\nDE-3811,Mehmet Aslan,mehmet.aslan@example.com,2026-05-31")).toEqual([]);
    expect(rows("Julia Steiner and Mehmet Aslan both leave on 31 May:\nname,email,last_day\nJulia Steiner,julia.steiner@example.com,2026-05-31\nMehmet Aslan,mehmet.aslan@example.com,2026-05-31")).toEqual([]);
    // No header line: prose lines with commas, a greeting above them.
    expect(rows("Hi desk,\nRosa Alvarez (ralvarez@example.com, PXF#36531) from QA is leaving on 4 Dec 2026, thanks.\nHer sister Rocío Alvarez (rocio.alvarez@example.com) also works in QA and is NOT leaving, so please double-check, ok.")).toEqual([]);
    expect(rows("Leaver: Dana Reyes, dana.reyes@example.com, last day 18 May, resignation\nManager: Kai Lee, kai.lee@example.com, Finance, Madrid")).toEqual([]);
    // One address repeated in every row (the leaver's systems).
    expect(rows("Offboard Dana Reyes.\nsystem,account,action\nM365,dana.reyes@example.com,disable\nSlack,dana.reyes@example.com,remove")).toEqual([]);
  });
});
