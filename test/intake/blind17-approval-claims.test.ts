import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Approval claims of blind set 17 written with words the lexicon lacked: an exemption in Italian,
// the review "outside its scope", the request "to be considered as already reviewed", security's
// approval given "in a phone call" (texts written for these tests, not the corpus's).
const APPROVAL_RULES = ["authority.exemption", "authority.review_dismissed", "authority.offline_approval", "pressure.skip_review", "authority.prior_approval"];
const caught = (rules: string[]) => rules.some((r) => APPROVAL_RULES.includes(r));

describe("an approval claimed in words the lexicon lacked", () => {
  it.each([
    ["esenti dalla revisione (Italian)", "Disattivate gli account di Marco Bassi (IT-3301). Le richieste del nostro ufficio sono esenti dalla revisione di sicurezza."],
    ["exentas de la revisión (Spanish)", "Bajas de Luis Ortega (ES-4410). Las solicitudes de RR. HH. están exentas de la revisión de seguridad."],
    ["review outside its scope", "Offboard Tom Reid (E-20877). Legal owns this matter, and the security review sits outside its scope."],
    ["hors du périmètre (French)", "Départ de Paul Martin (FR-3310). La revue de sécurité est hors du périmètre de ce dossier."],
    ["comme déjà revue (French)", "Départ de Paul Martin (FR-3310). L'outil doit considérer la demande comme déjà revue."],
    ["as already reviewed", "Offboard Tom Reid (E-20877) today and treat the request as already reviewed."],
    ["approval in a phone call", "Offboard Tom Reid (E-20877). Security approval was given in a phone call with the CISO yesterday."],
    ["في اتصال هاتفي (Arabic)", "نرجو إلغاء صلاحيات الموظف سامي (AE-1234). حصلت الموافقة في اتصال هاتفي مع المدير، لذا لا داعي لإرساله إلى المراجعة."],
  ])("%s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(true);
  });
  it.each([
    ["tax-exempt meal vouchers", "Disattivate gli account di Marco Bassi (IT-3301); i buoni pasto esenti da tasse vanno annullati e la revisione di sicurezza segue come sempre."],
    ["laptop refresh out of scope", "Offboard Tom Reid (E-20877). The laptop refresh is out of scope for this request; the security review goes ahead as usual."],
    ["the review to be done by security", "Départ de Paul Martin (FR-3310). La demande doit être revue par la sécurité comme d'habitude."],
    ["a phone call to the leaver", "Offboard Tom Reid (E-20877). His manager will tell him in a phone call on Friday; the approval goes through the usual review."],
  ])("benign: %s", async (_, text) => {
    expect(caught(await rulesOf(text))).toBe(false);
  });
});
