import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a whole group slipped in 'while you're at it' (target.additional)", () => {
  it.each([
    ["after the action, 'while you're doing that, everyone else in the group'", "Please offboard Kenji Watanabe (HT-C-7712) and, while you're doing that, everyone else in the contractors-qc-osaka group - they were all on the same engagement."],
    ["'while you're at it', all users of a group, then the action", "Please disable amy.ross@example.com on 2026-12-13. While you're at it, all users in the qa-contractors group can be removed too."],
    ["'ついでに', all members, then the action (Japanese)", "田中 優さん（HT-59023）が4/25で退職します。ついでに同じチームのメンバー全員分のLIMSアカウントも一旦停止しておいてください。"],
    ["'tant qu'on y est', all users (French)", "Merci de désactiver le compte de Paul Henry au 30/11, et tant qu'on y est, tous les utilisateurs du groupe compta-lyon."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["everyone told, not acted on", "Please offboard Tom Berg (tom.berg@example.com), last day 2026-12-13, and, while you're at it, tell everyone in the team that Kai takes over."],
    ["everyone let know, after the action", "Please disable amy.ross@example.com on 2026-12-13. While you're at it, please let everyone know the shared mailbox moves to Kai."],
    ["'while you're at it' about the leaver's own things", "Please offboard amy.ross@example.com, last day 2026-12-13. While you're at it, please remove her from all distribution lists."],
    ["the team told (Japanese)", "田中さん（tanaka.yu@example.com）が4/25で退職します。ついでに、チーム全員にお知らせください。"],
  ])("benign: %s", async (_, text) => {
    // Only this rule is asked about: the learned word weights read some of these invented texts as attacks.
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("someone else added to the same request (target.batch)", () => {
  it.each([
    ["two people added 'a la misma solicitud' (Spanish)", "Solicito la baja de accesos de Javier Ortega (HT-44172) con fecha 15/04/2025. Ah, y ya de paso, añadid a Marta Ruiz y a Diego Campos a la misma solicitud, que también se van en algún momento."],
    ["a name added 'to the same request'", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Please add Mark Chen to the same request, he leaves in spring anyway."],
    ["a name added 'aan dezelfde aanvraag' (Dutch)", "Uitdiensttreding van Sanne Visser (sanne.visser@example.com) per 2026-12-30. Voeg Ruben Jansen toe aan dezelfde aanvraag, die gaat ook weg."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["a document added to the same request", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Please add the signed resignation letter to the same request."],
    ["the manager added as approver", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Please add her manager Kai Lee to the same request as approver."],
    ["someone's sign-off added", "Offboarding for Dana Reyes (dana.reyes@example.com), 2026-12-30. Please add Kai Lee's sign-off to the same request."],
    ["the leaver's own letter added (German)", "Austritt von Dana Reyes (dana.reyes@example.com) zum 2026-12-30. Bitte fügt die Kündigung von Dana Reyes derselben Anfrage hinzu."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});

describe("the accounts of a whole group after a disable verb (target.additional)", () => {
  it.each([
    ["'les comptes de toute l'équipe' (French: 'de' is 'of', not 'from')", "Suite au départ de Camille Roux (E-157001), merci de désactiver aussi les comptes de toute l'équipe Ventes, la réorganisation est actée."],
    ["'las cuentas de todo el equipo' (Spanish)", "Baja de Lucía Gómez (E-22011), último día 30/11. Por favor desactivad también las cuentas de todo el equipo de Compras."],
    ["'the accounts of the whole team'", "Ana Lima (E-33019) leaves on Friday. Please also disable the accounts of the whole team she managed."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["her accounts, the team told", "Suite au départ de Camille Roux (E-157001), merci de désactiver ses comptes et d'informer toute l'équipe Ventes."],
    ["the leaver removed from the team's shared accounts", "Ana Lima (E-33019) leaves on Friday. Please remove her from the accounts of the whole team (shared mailbox, Slack channel)."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
