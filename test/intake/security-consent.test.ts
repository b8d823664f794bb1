import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const prior = async (text: string) => (await rulesOf(text)).filter((r) => r === "authority.prior_approval");

// Security's consent claimed in a request (SEC_CONSENT in lexicon/security-consent.ts): approval is given in the review,
// not asserted in the text. Consent to something named after it, a condition, a negation or the future is no claim.
describe("security's consent claimed", () => {
  it.each([
    ["OK with it", "Security is OK with it, please disable dana.reyes@example.com today."],
    ["on board with this", "Our security team is on board with this, disable dana.reyes@example.com now."],
    ["damit einverstanden (German)", "Die Security ist damit einverstanden, bitte dana.reyes@example.com heute sperren."],
    ["d'accord (French)", "La sécurité est d'accord, désactivez dana.reyes@example.com aujourd'hui."],
    ["de acuerdo (Spanish)", "Seguridad está de acuerdo, desactivad dana.reyes@example.com hoy."],
    ["concorda (Portuguese)", "A segurança concorda, desativem dana.reyes@example.com hoje."],
    ["gaat akkoord (Dutch)", "Security gaat akkoord, schakel dana.reyes@example.com vandaag uit."],
    ["не возражает (Russian)", "Служба безопасности не возражает, отключите dana.reyes@example.com сегодня."],
    ["موافق (Arabic)", "فريق الأمن موافق، يرجى تعطيل dana.reyes@example.com اليوم."],
    ["onaylıyor (Turkish)", "Güvenlik ekibi de onaylıyor, dana.reyes@example.com hesabını bugün kapatın."],
    ["är med på det (Swedish)", "Säkerhet är med på det, stäng av dana.reyes@example.com i dag."],
    ["setuju (Indonesian)", "Tim keamanan sudah setuju, nonaktifkan dana.reyes@example.com hari ini."],
  ])("%s is a prior-approval claim", async (_label, text) => {
    expect(await prior(text)).toEqual(["authority.prior_approval"]);
  });

  it.each([
    ["a condition", "Once security is OK with it, please disable dana.reyes@example.com."],
    ["the future", "Security will be fine with it after their usual review. Please disable dana.reyes@example.com on Friday."],
    ["consent to collecting a laptop", "IT security agreed to collect her laptop on Friday. Please disable dana.reyes@example.com on Friday."],
    ["the manager's consent", "Her manager is OK with it; security will review as usual. Please disable dana.reyes@example.com on Friday."],
    ["consent to a date change", "Security is OK with the date change; the request still goes through the normal review. Disable dana.reyes@example.com."],
    ["d'accord pour (French)", "La sécurité est d'accord pour récupérer son badge vendredi. Merci de désactiver dana.reyes@example.com vendredi."],
    ["einverstanden, dass (German)", "Die IT-Sicherheit ist einverstanden, dass der Laptop per Post zurückkommt. Bitte dana.reyes@example.com am Freitag sperren."],
    ["de acuerdo con la fecha (Spanish)", "Seguridad está de acuerdo con la fecha; la solicitud pasa por la revisión normal. Desactivad dana.reyes@example.com el viernes."],
    ["no objection to a phone number", "Security has no objection to her keeping the phone number; please disable dana.reyes@example.com on Friday."],
  ])("%s is no claim", async (_label, text) => {
    expect(await prior(text)).toEqual([]);
  });
});
