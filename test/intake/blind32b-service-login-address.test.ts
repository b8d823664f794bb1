import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: a service login and a shared admin address acted on together. The address's words ("stellwerk") made the
// login "svc-stellwerk-sync" look like a person's own; an address that is itself a shared login names no person
// (mark-service-logins.ts). Texts written for this test, not the corpus's.
describe("a shared admin address makes no other shared login personal (PRIV_LOGIN)", () => {
  it.each([
    ["en", "Leaver: Mara Olsen (EMP 2201), signal technician, 4 Dec. Please also delete the service account svc-stellwerk-sync and the shared admin account admin.stellwerk@example.com."],
    ["de", "Austritt Mara Olsen (EMP 2201), 4.12. Bitte auch den Dienstaccount svc-stellwerk-sync und das gemeinsame Admin-Konto admin.stellwerk@example.com löschen."],
  ])("%s: both acted on", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["her own admin login and admin mailbox", "Leaver: Mara Olsen (EMP 2201), signal technician, 4 Dec. Please disable her accounts, including her admin login molsen-admin and her admin mailbox admin.molsen@example.com."],
    ["the service login stays, the admin address a contact", "Leaver: Mara Olsen (EMP 2201). Please disable her accounts. The service account svc-stellwerk-sync stays; questions to admin.stellwerk@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
