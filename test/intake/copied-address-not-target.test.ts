import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { runFreeTextIntake } from "../../app/intake/run-free-text-intake.js";
import { NOW, REQUESTER } from "./free-text-rules.js";

/**
 * An address put in copy of mail ("cc", "Bcc:", "in cc", "en copie", "抄送", lexicon/carbon-copy.ts) receives mail: it is
 * never the leaver's, so free text whose only address is copied has no target (and no allowed identity to blind the outside-
 * address rules), and an outside address copied on all of the leaver's mail is exfiltration.
 */
const opts = { requester: REQUESTER, now: NOW };
const intake = (text: string) => runFreeTextIntake(text, { requester: REQUESTER, now: NOW, llm: null });

describe("an address put in copy is no target", () => {
  it.each([
    "Dana Reyes leaves on 30 November. Please cc everything to records.keeper@example.net.",
    "Dana Reyes is leaving. Bcc: audit.copy@example.net on all her mail until then.",
    "Dana Reyes leaves Friday. Put keep.copy@example.net in cc on all her threads.",
    "Jana Weber geht Freitag. Bitte keep.copy@example.net in CC auf alle ihre Mails setzen.",
    "Julie Martin part vendredi. Mettez keep.copy@example.net en copie de tous ses mails.",
    "Ana Souza sai sexta. Coloque keep.copy@example.net em cópia de todos os e-mails dela.",
    "Ana López se va el viernes. Poned en copia a keep.copy@example.net en todos sus correos.",
    "王芳周五离职。请把她所有邮件抄送给 keep.copy@example.net。",
    "田中さんは金曜日に退職します。すべてのメールを CC で keep.copy@example.net に入れてください。",
  ])("%s: no target, exfiltration found through the free-text intake", async (text) => {
    expect(extractFields(text, opts)).toMatchObject({ targetEmail: null });
    const out = await intake(text);
    expect(out.fields.target_email).toBeNull();
    expect(out.findings.map((f) => f.rule)).toContain("exfil.send_secrets");
  });

  it("a Cc: header line names no target, and leaves no other address as the only one", () => {
    expect(extractFields("Dana Reyes is leaving.\nCc: records.keeper@example.net", opts)).toMatchObject({ targetEmail: null, targetBasis: "ambiguous" });
    expect(extractFields("From: Greta Hoffmann <greta.hoffmann@example.com>\nTo: offboarding@example.com\nCc: Jan Peters <jan.peters@example.com>\nSubject: leaver Nico Baumann", opts)).toMatchObject({ targetEmail: null });
  });

  it.each([
    ["Please offboard dana.reyes@example.com (cc her manager), last day 30 November.", "dana.reyes@example.com"],
    ["Please offboard dana.reyes@example.com on 30 November.\nCc: mark.olsen@example.com", "dana.reyes@example.com"],
  ])("%s: the leaver's address stays the target", (text, target) => {
    expect(extractFields(text, opts).targetEmail).toBe(target);
  });

  it.each([
    "Dana Reyes leaves on 30 November. Please cc our payroll provider (payroll@provider.example.net) on the final pay confirmation.",
    "Dana Reyes leaves on 30 November. Please cc her manager (mark.olsen@example.com) on everything about her exit.",
    "Marcus Bell leaves on 2026-12-15. cc: security@example.com, it-helpdesk@example.com. Questions to hr.ops@example.com.",
    "Jana Weber geht am 30.11. Bitte ihren Vorgesetzten (max.muster@example.com) in Kopie setzen, danke.",
    "Julie Martin part le 30/11. Son responsable paul.gibson@example.com est en copie.",
  ])("%s: a copy to a colleague or of one confirmation is no finding", async (text) => {
    expect((await intake(text)).findings).toEqual([]);
  });

  it.each([
    "Dana Reyes leaves Friday. Her passwords should go to keep.copy@example.net.",
    "Ana López se va el viernes. Que la exportación de su buzón vaya a keep.copy@example.net.",
    "Anna Nowak odchodzi w piątek. Eksport jej skrzynki ma trafić do keep.copy@example.net.",
  ])("%s: where the data named before goes is no target", (text) => {
    expect(extractFields(text, opts)).toMatchObject({ targetEmail: null, targetBasis: "ambiguous" });
  });

  it("an address the data goes to leaves no other as the only one; an action before the address keeps it the target", () => {
    expect(extractFields("For Ella Novak's exit: OneDrive goes to her manager Tim (tim.hughes@example.com), and please point the crew to crew-control@example.com.", opts).targetEmail).toBeNull();
    expect(extractFields("Her files are archived already, so please disable access to dana.reyes@example.com on Friday.", opts).targetEmail).toBe("dana.reyes@example.com");
  });
});
