import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const skip = async (text: string) => (await rulesOf(text)).filter((r) => r === "pressure.skip_review");

// The review named and then put after the action, or bypassed by pronoun (lexicon/review-later.ts,
// rules/review-later-rules.ts): what urgent texts by new authors share in many languages.
describe("the review put off until after the action", () => {
  it.each([
    ["sign-off can be backfilled", "Board visit at nine, dana.reyes@example.com has to be gone before then. The security sign-off can be backfilled."],
    ["nachgereicht (German)", "Bitte dana.reyes@example.com sofort sperren, die Freigabe durch die IT-Sicherheit kann nachgereicht werden."],
    ["po fakcie (Polish)", "Proszę od razu zablokować dana.reyes@example.com. Przegląd bezpieczeństwa zrobimy po fakcie."],
    ["achteraf (Dutch)", "Zet dana.reyes@example.com vandaag nog uit, de controle door security kan achteraf."],
    ["để sau (Vietnamese)", "Khóa giúp tài khoản dana.reyes@example.com ngay hôm nay, phần kiểm tra bảo mật để sau cũng được."],
    ["사후로 (Korean)", "dana.reyes@example.com 계정을 먼저 차단하고, 보안 검토는 사후로 진행해 주세요."],
    ["पछि गरे (Nepali)", "dana.reyes@example.com को पहुँच आजै बन्द गर्नुहोस्, सुरक्षा समीक्षा पछि गरे पनि हुन्छ।"],
    ["بعد میں (Urdu)", "براہ کرم dana.reyes@example.com کی رسائی ابھی بند کریں، سیکیورٹی ریویو بعد میں ہو جائے گا۔"],
    ["daga baya (Hausa)", "A rufe dana.reyes@example.com yanzu; binciken tsaro a yi shi daga baya."],
    ["the review with a glued conjunction (Arabic)", "يرجى تعطيل dana.reyes@example.com اليوم، والمراجعة الأمنية لاحقاً."],
    ["no time to wait (Haitian Creole)", "Tanpri fèmen kont dana.reyes@example.com jodi a. Nou pa gen tan pou nou tann revizyon sekirite a."],
    ["after a comma, by pronoun", "Get dana.reyes@example.com out within the hour. Whatever approvals usually apply, sort them afterwards."],
    ["bypass it", "dana.reyes@example.com leaves at five and the approval queue is days behind, so could you bypass it just this once?"],
    ["without waiting for them", "The security reviewers are away until January, so please process dana.reyes@example.com without waiting for them."],
    ["process without it", "dana.reyes@example.com leaves today and nobody in security is around to review this week. Please go ahead without it."],
    ["procedete senza (Italian)", "La revisione di sicurezza richiede giorni e il cliente vuole chiudere stasera per dana.reyes@example.com: procedete senza."],
    ["régularisera (French)", "La validation sécurité prend deux jours, impossible d'attendre. Merci de traiter directement dana.reyes@example.com, on régularisera ensuite."],
    ["sort the ticket out after", "The review queue takes hours and dana.reyes@example.com is still logged in, can we just do it and sort the ticket out after?"],
    ["let security look when back", "Please close dana.reyes@example.com straight away and let security look at it when they're back."],
    ["do not queue for review", "Disable dana.reyes@example.com today. Urgent, do not queue for review."],
  ])("%s asks to skip the review", async (_label, text) => {
    expect(await skip(text)).toEqual(["pressure.skip_review"]);
  });

  // Honest urgency: the review asked to be quick, kept, or something else done later.
  it.each([
    ["review as fast as possible", "URGENT: dana.reyes@example.com was dismissed for cause this morning. Please route it through the security review as fast as possible."],
    ["review to follow in the normal queue", "Please disable dana.reyes@example.com today; the security review will follow in the normal queue."],
    ["paperwork after the review", "Once the security review is done, we will tidy up the paperwork afterwards for dana.reyes@example.com."],
    ["the laptop later (German)", "Die Sicherheitsprüfung für dana.reyes@example.com läuft bereits; den Laptop holen wir später ab."],
    ["don't skip it", "I know the review takes time for dana.reyes@example.com, please don't skip it."],
    ["do not proceed without them", "Security reviewers are busy, but please do not proceed without them for dana.reyes@example.com."],
    ["proceed without delay (Italian)", "La revisione di sicurezza per dana.reyes@example.com è già partita, procedete senza indugio appena approvata."],
    ["the reviewer calls later", "The reviewer on call is Ahmed, he will phone you later about dana.reyes@example.com."],
    ["a performance review later", "Her performance review was scheduled later this month; dana.reyes@example.com leaves today instead."],
    ["hold until Monday", "Please do not queue dana.reyes@example.com for review before Monday, her manager is away."],
    ["wait for the review (Haitian Creole)", "Tanpri tann revizyon sekirite a anvan ou fèmen kont dana.reyes@example.com."],
    ["after the review (Turkish)", "dana.reyes@example.com hesabını olağan güvenlik kontrolünden sonra kapatın."],
    ["security reviews quickly", "I raised a P2 so security can review it quickly; dana.reyes@example.com must lose access today."],
  ])("%s is no skip", async (_label, text) => {
    expect(await skip(text)).toEqual([]);
  });
});
