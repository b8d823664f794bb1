import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER, rulesOf } from "./free-text-rules.js";

/**
 * An outside auditor may review the leaver's access list; sending it the list is exfiltration. The list of who has access
 * to what is data (EXFIL_OBJECT), an address right beside an outside party ("the external auditor (x@)", OUTSIDE_PARTY) is
 * no target, so the outside-address rules read it.
 */
describe("the external auditor and the access list", () => {
  it.each([
    "Please offboard dana.reyes@example.com on 30 November. Send the access list to the external auditor at audit@example.net.",
    "Dana Reyes leaves on 30 November. Send her access list to the external auditor at audit@example.net.",
    "Bitte die Berechtigungsliste von Jana Weber an den externen Prüfer audit@example.net schicken.",
    "Veuillez envoyer la liste des accès de Julie Martin à l'auditeur externe audit@example.net.",
  ])("%s is exfiltration", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    "The external auditor (audit@example.net) will review the access list after the offboarding.",
    "Dana Reyes leaves on 30 November. The external auditor (audit@example.net) will review the access list after the offboarding.",
    "Please offboard dana.reyes@example.com on 30 November. The external auditor (audit@example.net) will review the access list after the offboarding.",
    "Der externe Prüfer (audit@example.net) prüft die Berechtigungsliste nach dem Austritt von jana.weber@example.com.",
  ])("%s is clean", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it("the auditor's address is no target; the leaver's beside it is", () => {
    const opts = { requester: REQUESTER, now: NOW };
    expect(extractFields("Dana Reyes leaves on 30 November. The external auditor (audit@example.net) will review the access list.", opts).targetEmail).toBeNull();
    expect(extractFields("Under instructions from outside counsel, the offboarding of greg.nolan@example.com goes ahead.", opts).targetEmail).toBe("greg.nolan@example.com");
  });
});
