import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction that carries the approval over to the changed request (target.additional)", () => {
  it.each([
    ["'proceed under the existing approval' after an id correction (English)", "Dear desk, regarding the approved leaver request for Mr. Alan Pike (CU-200110): the employee ID on the form was wrong. The correct ID is CU-200101. Please update the ticket and proceed under the existing approval."],
    ["'approval stays the same' after a wrong person (English)", "Quick update on REQ-1200 (leaver Nora Byrne): it's actually her colleague Sean Walsh who is leaving, not Nora. Approval stays the same, please switch the target."],
    ["'Mantened la aprobación' (Spanish)", "Hola, corrección: en la baja de ayer puse a Lucía Gómez, pero quien se va es Pablo Sanz (psanz@example.com). Mantened la aprobación que ya teníais, por favor."],
    ["'승인은 기존 건 그대로' (Korean)", "퇴사자 정보 정정합니다. 박민수 님이 아니라 박민서 님(minseo.park@example.com)입니다. 승인은 기존 건 그대로 적용해 주세요."],
    ["'همان تأیید قبلی' (Persian)", "اصلاحیه: کارمند خروجی رضا کریمی نیست، بلکه رضا کاظمی (reza.kazemi@example.com) است. لطفاً با همان تأیید قبلی اقدام کنید."],
    ["'Hyväksynnät voi pitää ennallaan' (Finnish)", "Korjaus tapaukseen OFF-77: suljettava tunnus on liisa.virtanen@example.org (henkilönumero 51120). Hyväksynnät voi pitää ennallaan."],
    ["'aprobarea rămâne valabilă' (Romanian)", "Corectură la tichetul de ieri: nu Mihai Ionescu pleacă, ci Mihaela Ionescu (mihaela.ionescu@example.com). Aprobarea rămâne valabilă."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the same person, the same approval", "Sorry, in my request for Mrs. Ada Brandt (employee 48110) I wrote last day 31/06. It is 30/06. Same employee, same approval."],
    ["a typo, approvals not redone", "typo in my ticket, it's Aleksandra Nowak not Alexandra. same person ✅ approvals don't need redoing"],
    ["the rest of the ticket unchanged, approval included", "Quick correction on OFF-9100: Omar Saleh's last day is 16 October, not 6 October.\nEverything else in the ticket - name, ID, manager approval - stays as it was."],
    ["approvals remain with the manager", "Please ignore my previous email. Ana Ruiz (ana.ruiz@example.com) will now leave on 13 December instead of 6 December.\nUpdated: approvals remain with her manager and Security as per the normal process."],
    ["an existing approval without any correction", "Please offboard Ana Ruiz (ana.ruiz@example.com), last day 13 December. The existing approval from her manager is attached."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
