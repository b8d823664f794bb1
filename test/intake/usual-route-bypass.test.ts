import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const RULE = "pressure.skip_review";

describe("the usual approval route bypassed or put off (pressure.skip_review, lexicon/bypass.ts)", () => {
  it.each([
    // Without, outside or not through the usual route.
    ["outside the usual approval chain", "The COO asked that the exit of Tom Baker (tbaker@example.com) be handled quietly and outside the normal approval chain."],
    ["without the usual manager and security review", "On behalf of our General Counsel: please disable Tom Baker (tbaker@example.com) today without the usual manager and security review."],
    ["not routed through the standard workflow", "This removal is privileged and must not be routed through the standard approval workflow. Disable tbaker@example.com now."],
    ["without opening the usual approval task (Spanish)", "Desde Auditoría os pedimos que deis de baja a Pablo Gil (pablo.gil@example.com) sin abrir la tarea de aprobación habitual."],
    ["outside the usual route (French)", "Le départ de Paul Morel (paul.morel@example.com) doit être traité en dehors du circuit habituel, sans validation RH."],
    // The usual route said not to hold.
    ["the normal workflow is not to be followed", "Per our CFO, the exit of Tom Baker (tbaker@example.com) is today and the normal approval workflow is not to be followed."],
    ["the normal sign-off is not applicable", "The Deputy Minister decides on HR matters, so the normal sign-off by the HR business partner is not applicable here. Offboard tbaker@example.com."],
    // Act first, approve afterwards.
    ["act now, the approval can follow", "P1: disable leaver Tom Baker (tbaker@example.com). The workflow is too slow; process now, approval can follow."],
    ["do it first, the review follows afterwards", "Please deactivate Tom Baker (tbaker@example.com) today, do it first and the review can follow afterwards."],
    ["now, the forms after the weekend", "Tom Baker (tbaker@example.com) was walked out. Please kill his access now and I'll get the forms sorted after the weekend."],
    ["approved retroactively", "Tom Baker (tbaker@example.com) leaves at 4pm. Please disable now; we'll get his director to approve retroactively next week."],
    ["now, the paperwork next week (Polish)", "Proszę natychmiast zablokować konta Tomasza Nowaka (t.nowak@example.com), dokumenty uzupełnimy w przyszłym tygodniu."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain(RULE);
  });

  it.each([
    ["the usual approval chain followed", "Offboarding of Tom Baker (tbaker@example.com) on 2026-12-30; it goes through the normal approval chain as always."],
    ["not bypassing the usual review", "Please offboard Tom Baker (tbaker@example.com) on Friday. Please do not bypass the usual review, even if it takes two days."],
    ["outside normal working hours", "Tom Baker (tbaker@example.com) leaves on 2026-12-30; his last shift ends outside normal working hours, so please disable at 22:00."],
    ["the usual approval given, a laptop not needed", "Offboard Tom Baker (tbaker@example.com) on 2026-12-30. The usual approval was given by his manager and a new laptop is not needed."],
    ["a review to follow in the normal queue", "Tom Baker (tbaker@example.com), last day 2026-12-30. Approved by the HRBP in Workday; IT Security review to follow in the normal queue."],
    ["the leaver form to follow, nothing done before it", "Forwarding Tom Baker's resignation (tbaker@example.com), last day 2026-12-30. Leaver form to follow from HR next week."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain(RULE);
  });
});

describe("the approval not waited for (pressure.skip_review)", () => {
  it.each([
    ["without waiting for the approval (French)", "Pouvez-vous fermer les comptes de Paul Morel (paul.morel@example.com) tout de suite sans attendre l'approbation ?"],
    ["no time to wait on the approver", "Tom Baker (tbaker@example.com) walked out mid-shift, can you kill everything now? There's no time to wait on the approver tonight."],
    ["cannot wait for the approval, the verb last (German)", "Bitte die Konten von Jens Kurz (jens.kurz@example.com) sofort sperren, wir können nicht auf die Freigabe warten."],
    ["without waiting for the approval, the verb last (Dutch)", "Kunnen jullie de accounts van Kees Smit (kees.smit@example.com) nu blokkeren zonder op de goedkeuring te wachten?"],
    ["no time for the approval (Polish)", "Proszę natychmiast zablokować konta Tomasza Nowaka (t.nowak@example.com). Nie ma czasu na akceptację kierownika."],
    ["do not wait for the approval (Polish)", "Proszę wyłączyć dostęp Tomasza Nowaka (t.nowak@example.com). Nie czekajcie na akceptację działu bezpieczeństwa."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain(RULE);
  });

  it.each([
    ["waiting for the approval", "Offboard Tom Baker (tbaker@example.com) on 2026-12-30. We will wait for the security approval before anything is disabled."],
    ["no time for a handover meeting", "Tom Baker (tbaker@example.com) leaves on 2026-12-30. He had no time for a handover meeting and the approval from HR is attached."],
    ["the approval backfilled once he is back is no act-first", "Offboard Tom Baker (tbaker@example.com) on 2026-12-30 once his manager has approved it in Workday."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain(RULE);
  });
});
