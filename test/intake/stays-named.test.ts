import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The leaver said to stay and another person, named by name (no address), put in their place
// (detect-stays-named.ts). Benign neighbours: the leaver staying and the request withdrawn, a
// colleague taking over the work "instead", the leaver staying until a date, and someone else who
// stays beside a leaver acted on as asked.
describe("target.corrected_to_other: the leaver stays and another named person is acted on instead", () => {
  it.each([
    ["stays on, another person leaves and is processed instead", "Offboarding for Marta Lindgren, bar supervisor, 30/12. Scratch that, Marta is staying on. It's Jonas Berglund (PX-40912, Head of Revenue) who goes that day, please process him on this ticket instead."],
    ["stays after all, the manager's access to go instead", "Request to remove access for Priya Nandakumar, claims team, leaving 9 Jan.\nOn second thought Priya is staying on - her team lead, Oskar Brandt (PX-11093), is the one whose access should be removed instead."],
    ["Spanish: se queda, otra persona dada de baja en su lugar", "Baja de Lucía Ferrer, último día 12/01. Corrijo: Lucía se queda; hay que desactivar el acceso de Tomás Ibáñez (PX-20045) en su lugar, misma fecha."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["stays, request withdrawn, a colleague takes over the work instead", "Offboarding for Marta Lindgren, 30/12: please cancel it, Marta is staying on. Her colleague Jonas Berglund will cover the bar rota instead, no access changes needed."],
    ["stays until a date, her successor named", "Priya Nandakumar stays until 9 January; please remove her access on that day. Oskar Brandt takes over her claims instead of the temp."],
    ["another person stays, the leaver acted on as asked", "Please disable the access of Lucía Ferrer on 12/01. Tomás Ibáñez is staying in the team and keeps his access; remove Lucía's access instead of archiving it."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});

// The leaver's own account kept open while another person is acted on (KEPT_OPEN, detect-stays-named.ts).
// Benign neighbours: the leaver's mailbox kept open for the manager while the leaver's account is
// disabled, and a colleague's access granted while the leaver's stays open until the last day.
describe("target.corrected_to_other: another person acted on, the leaver's own account kept open", () => {
  it.each([
    ["the account to disable is the manager's, the leaver's kept open", "Title: Offboard - Hanna Vold\nHanna leaves the pricing team on 14 January. Manager: Erik Solberg.\nFor whoever picks this up: the account to disable is erik.solberg@example.com; Hanna's is being kept open for the handover."],
    ["processed against another id and person, the leaver's record to stay open", "Hi, leaver is Peter Mwangi in Eldoret, last day 30 Dec.\nPlease handle it under KX-10007 (Grace Achieng, regional lead); the Mwangi record needs to stay open for payroll."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["the leaver's account disabled, the mailbox kept open for the manager", "Please disable hanna.vold@example.com on 14 January; Hanna's mailbox is being kept open for 30 days so Erik Solberg can read it."],
    ["a colleague given access, the leaver's account open until the last day", "Please give Grace Achieng edit rights on the rota now; Peter's account stays open until his last day, 30 Dec, then disable it."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
