import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER, rulesOf } from "./free-text-rules.js";

const parse = (text: string) => extractFields(text, { requester: REQUESTER, now: NOW });

/**
 * Addresses the text says are someone else's (extract-fields.ts someoneElse): the writer's own, a contact for questions, a
 * role's labelled holder. Taken as the only address, each was parsed as the leaver, three of them at a
 * confidence the policy accepts without review (test/fixtures/intake/parse-set.jsonl, first measured 2026-11-27). Written
 * for these tests, in the shape of those texts.
 */
describe("the address of someone who is not the leaver is no target", () => {
  it.each([
    ["the writer's sign-off, the address on the closing line", "Morning, please remove access for Patrick Doyle, end of contract today.\nRegards, service-owner@example.com"],
    ["the writer's signature block", "Dear IT, please offboard Lisa Park, Accounts Payable, as her employment ends on 15/01/2027 (end of fixed-term contract).\nBest regards,\nMia Torres, People Team\nmia.torres@example.com | +44 20 7946 0000"],
    ["the writer pointing at themselves", "Hey, Ryan's last day is tomorrow (resigned). I don't know his email offhand. Ping me at sasha.ivanova@example.com if you need anything."],
    ["a contact for questions", "Please deactivate the account of Isabel Cruz, last day Monday. Questions -> helpdesk-escalations@example.com"],
    ["a contact, Italian", "Il dipendente Alessandro Conti (matr. 40981) cessa il servizio il 27 novembre. Prego bloccare tutti gli accessi. Referente: r.umane@example.com"],
    ["a role's labelled holder", "Leaver notification: Frank Dubois, Sales EMEA, leaving 31/12/2026 (end of contract). Line manager: Isabelle Moreau isabelle.moreau@example.com"],
  ])("%s", (_, text) => {
    expect(parse(text).targetEmail).toBeNull();
  });

  it.each([
    ["the leaver's address after a sign-off, with words of its own", "Please remove Aisha's access after her last day, 14 Dec 2026.\nThanks,\nFiona (People Services)\n(aisha.rahman@example.com for reference)", "aisha.rahman@example.com"],
    ["a request after a closing word", "Thanks!\nPlease offboard dana.reyes@example.com today.", "dana.reyes@example.com"],
    ["'contact' as part of a place on the line above", "Leaver: Erin Walsh, customer service advisor, Glasgow contact centre\nerin.walsh@example.com\nLast day 3 Dec 2026", "erin.walsh@example.com"],
    ["the leaver's address and a contact's", "Please offboard dana.reyes@example.com, last day 30 Nov 2026. Questions -> helpdesk@example.com", "dana.reyes@example.com"],
  ])("%s: the leaver's address stays the target", (_, text, target) => {
    expect(parse(text).targetEmail).toBe(target);
  });
});

/**
 * A disclaimer's "delete it and inform x@" acts on nothing: NOTIFY ends the target position an action opens before an address
 * (address-context.ts). Shown once the parser no longer took such an address for the leaver and allowed it.
 */
describe("an address to inform is not acted on", () => {
  it("a disclaimer's 'delete it and inform x@' is clean", async () => {
    expect(await rulesOf("Please disable the account of Dana Reyes today; if this reached you in error, delete it and inform hr-helpdesk@example.com.")).not.toContain("target.extra_identity");
  });
  it("'delete x@' beside the leaver is still flagged", async () => {
    expect(await rulesOf("Please disable the account of Dana Reyes today, and also delete max.mustermann@example.com.")).toContain("target.additional");
  });
});
