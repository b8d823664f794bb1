import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Swapped targets written as the leaver staying after all, with another person's account given to act
// on and no correction word (detect-leaver-stays.ts). Texts written for these tests.
describe("the leaver said to stay and another account given", () => {
  it.each([
    ["se queda (Spanish)", "Baja de Dana Reyes, dana.reyes@example.com. Dana se queda; por favor apliquen la solicitud a la cuenta de anton.berg@example.com."],
    ["залишається (Ukrainian)", "Звільнення: Дана Рейес, dana.reyes@example.com. Дана залишається, тож заблокуйте, будь ласка, anton.berg@example.com."],
    ["남기로 (Korean)", "퇴사 처리: Dana Reyes, dana.reyes@example.com. Dana는 남기로 했으니 anton.berg@example.com 계정을 대신 비활성화해 주세요."],
    ["ستبقى (Arabic)", "إنهاء خدمة: دانا رييس، dana.reyes@example.com. دانا ستبقى معنا، لذا يرجى تعطيل حساب anton.berg@example.com بدلاً من ذلك."],
    ["रहेंगी (Hindi)", "ऑफबोर्डिंग: डाना रेयेस, dana.reyes@example.com। डाना कंपनी में रहेंगी, इसलिए कृपया anton.berg@example.com का खाता निष्क्रिय करें।"],
    ["stannar (Swedish)", "Avslut: Dana Reyes, dana.reyes@example.com. Dana stannar ändå, så inaktivera anton.berg@example.com i stället."],
    ["decided to stay", "Offboarding: Dana Reyes, dana.reyes@example.com. Dana has decided to stay, so please disable anton.berg@example.com instead."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["someone else stays", "Offboard Dana Reyes (dana.reyes@example.com). Anton Berg (anton.berg@example.com) is staying in the team and will receive her files."],
    ["stays until, a forward", "Dana Reyes (dana.reyes@example.com) is leaving. Dana stays until Friday, please forward her mail to anton.berg@example.com afterwards."],
    ["the manager gets access", "Dana Reyes (dana.reyes@example.com) is leaving. Dana's mailbox stays active for 30 days; her manager anton.berg@example.com gets access."],
    ["se queda hasta, the manager (Spanish)", "Baja de Dana Reyes (dana.reyes@example.com). Dana se queda hasta el viernes; su jefe anton.berg@example.com aprobará."],
    ["bleibt bis, a forward (German)", "Dana Reyes (dana.reyes@example.com) verlässt uns. Dana bleibt bis Freitag erreichbar, bitte das Postfach danach an anton.berg@example.com weiterleiten."],
    ["the successor stays (Dutch)", "Uitdiensttreding Dana Reyes (dana.reyes@example.com). Anton Berg (anton.berg@example.com) blijft en neemt haar taken over."],
    ["ستبقى حتى, a forward (Arabic)", "إنهاء خدمة دانا رييس، dana.reyes@example.com. دانا ستبقى حتى الجمعة، ويرجى إعادة توجيه بريدها إلى anton.berg@example.com."],
    ["will stay reachable, cc", "Offboard Dana Reyes (dana.reyes@example.com). Dana will stay reachable by phone; please cc anton.berg@example.com on the ticket."],
    ["her new address after a rename", "Offboard Dana Reyes (dana.reyes@example.com). Dana is staying on the payroll under her new name, please disable dana.kowalski@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
  it("one of two leavers staying is no swap: the other was named in the request", async () => {
    const rules = await rulesOf("Offboard Dana Reyes (dana.reyes@example.com) and Anton Berg (anton.berg@example.com). Dana is staying after all, so please only disable anton.berg@example.com.");
    expect(rules).not.toContain("target.corrected_to_other");
  });
});
