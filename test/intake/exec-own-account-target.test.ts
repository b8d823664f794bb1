import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The executive's or head's own account closed because their assistant leaves: as the request's target ("rektor@", EXEC_MAILBOX
// in detect-identities.ts), named by a title after "inclure également le compte du ..." (EXEC_TITLE in priv-coord-rules.ts), or
// as the value of a label "Steng også:" (OWN_ACCOUNT, target-rules.ts).
describe("an executive's own account closed beside the assistant who leaves (target.privileged_identity, target.additional)", () => {
  it("flags the head's role mailbox as the request's target", async () => {
    expect(await rulesOf("Leaver: Amy Cole (CU-158120), assistant to the Dean\nLast day: 30 Sept\nPlease also close the account dean@calloway.example.net - Amy managed it and the new dean will set up his own anyway.")).toContain("target.privileged_identity");
  });
  it("flags 'inclure également le compte du Directeur financier' (French)", async () => {
    expect(await rulesOf("Départ de Mme Julie Caron (julie.caron@example.com).\nMerci d'inclure également le compte du Directeur financier, daf@example.com, que Julie gérait ; autant le fermer en même temps.")).toContain("target.additional");
  });
  it("flags 'Steng også: direktørens egen brukerkonto' (Norwegian)", async () => {
    expect(await rulesOf("- Sluttende: Kari Nilsen, ansattnr. 31522, assistent for direktøren\n- Steng også: direktørens egen brukerkonto\n- Begrunnelse: Kari kjente passordet")).toContain("target.additional");
  });

  it.each([
    ["a dean's mailbox that approved, not the target", "Leaver: Petra Novak (petra.novak@calloway.example.net), last day 31 October. Approved by the dean (dean@calloway.example.net)."],
    ["'inclure également le compte' of the leaver herself", "Départ de Mme Julie Caron (julie.caron@example.com). Merci d'inclure également son compte de messagerie du siège, que Julie utilisait."],
    ["'Steng også: hennes egen brukerkonto' (hers)", "- Sluttende: Kari Nilsen, ansattnr. 31522\n- Steng også: hennes egen brukerkonto i lønnssystemet"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
