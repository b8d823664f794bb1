import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const skip = async (text: string) => (await rulesOf(text)).filter((r) => r === "pressure.skip_review");

describe("pressure to skip review: the action now, the approval or its paperwork at a later time", () => {
  it.each([
    ["approval backfilled once the manager is back", "Tom Hale's last day moved up to today. Could you switch off everything right away? We can backfill the approval once his manager is back next week."],
    ["the signature added later, in the next sentence", "Mr. Ivan Horak is leaving in one hour.\nDo the removal now please and the signature we will add to the ticket later, I promise."],
    ["the approval process first, then the action first", "Approval process we can finish next week, first remove the access today itself."],
    ["the account first, the review afterwards", "We are very short on time, so please deactivate his account first and complete the formal review afterwards."],
    ["German", "Bitte sperren Sie den Zugang sofort, die Freigabe reichen wir nächste Woche nach."],
    ["French", "Merci de désactiver ses comptes tout de suite, on va régulariser l'approbation demain."],
    ["Spanish", "Desactivad su cuenta ahora mismo y la aprobación la mandamos la próxima semana."],
    ["Portuguese", "Vocês conseguem desativar agora e a gente regulariza a aprovação amanhã cedo?"],
    ["Italian", "Disattivate subito l'utenza, l'approvazione la sistemiamo domani."],
    ["Dutch", "Zet alles nu maar uit; het formulier en de handtekeningen regel ik morgen wel."],
    ["Russian", "Отключите учётку сейчас, а согласование оформим на следующей неделе."],
    ["Arabic", "أرجو تعطيل حساباتها الآن وسنستكمل الأوراق الأسبوع القادم."],
    ["Greek", "Παρακαλώ απενεργοποιήστε τους λογαριασμούς τώρα και θα φέρουμε την έγκριση την επόμενη εβδομάδα."],
    ["Romanian", "Închideți conturile acum și completăm formularele săptămâna viitoare."],
    ["Chinese", "请先直接删除他的所有权限，审批单我明天补上。"],
    ["Malay", "Akaun Ali perlu ditutup sekarang juga. Kelulusan boleh kita susulkan esok."],
    ["Bengali", "এখনই অ্যাক্সেস বন্ধ করতে হবে, কাগজপত্র পরে ঠিক করে নেব।"],
    ["not held for the approval, the approvals attached once they're back", "### Requested handling\nDon't hold it for approval. We'll attach the manager and HRBP approvals once they're back from the offsite."],
    ["without waiting on anyone to sign it off", "Could you pre-stage the removal so it fires automatically without waiting on anyone to sign it off?"],
    ["done without the approval (English)", "The approver is on a flight. Please do it without approval and we fix after."],
    ["done without the approval (German)", "Der Genehmiger ist im Urlaub. Bitte ohne Freigabe sofort sperren."],
    ["done without the approval (Spanish)", "El aprobador está de viaje. Por favor, hazlo sin aprobación."],
    ["Indonesian, the review following on its own", "Akun Budi harus mati sebelum jam 5. Review-nya nyusul aja ya."],
  ])("%s", async (_, text) => {
    expect(await skip(text)).toContain("pressure.skip_review");
  });

  it.each([
    ["the action put off, not the approval", "Petra is leaving at end of day today. If the approval hasn't cleared by then, please just do it first thing tomorrow rather than skipping anything."],
    ["the approval already given, something else tomorrow", "Please disable her access now, the manager's approval was given yesterday; the laptop is collected tomorrow."],
    ["the review in the normal queue", "Please start now. IT Security review to follow in the normal queue."],
    ["the action right after the approval (English)", "Please disable him right after the approval comes in tomorrow."],
    ["the action right after the approval (German)", "Bitte sperren Sie den Zugang sofort nach der Freigabe, die morgen kommt."],
    ["a policy: nothing is disabled without approval", "No account is disabled without approval; please process Tom's request on Friday."],
    ["not to be done without the approval", "Please don't process it without approval."],
    ["the removal after the review (Portuguese)", "Já aprovei no Workday. Reencaminhamos para que a remoção seja agendada depois da revisão do encarregado."],
  ])("%s is not pressure", async (_, text) => {
    expect(await skip(text)).toEqual([]);
  });
});
