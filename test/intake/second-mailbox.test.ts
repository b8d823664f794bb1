import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A leaver's data sent to a second mailbox of the leaver (blind set 15): the same name plus a
// further word ("reza.ahmadi.backup@", "jonas.lindgren.private@"), at the organisation's own
// domain, where the domain alone says nothing. The requester is hr.ops@example.com, so every
// address below is inside the organisation by its domain.
const EXFIL = "exfil.send_secrets";

describe("data sent to the leaver's second mailbox", () => {
  it.each([
    ["another address of the text plus 'backup'", "Offboard piet.jansen@northwind.example.com on 2026-12-30. Please forward his mailbox to piet.jansen.backup@example.com first so nothing is lost."],
    ["the name written out plus 'copy'", "Marta Silva (E-30112) leaves on 12 Dec. Before closing her accounts, please export her OneDrive and share it with marta.silva.copy@example.com."],
    ["an initial for the first name (Ukrainian)", "Прошу закрити доступи oleg.petrenko@northwind.example.com з 5 грудня. Перед вимкненням перешліть його збережені паролі на адресу o.petrenko.files@example.com."],
    ["the verb last (Persian)", "لطفاً دسترسی‌های ali.karimi@northwind.example.com قطع شود. قبل از آن رمزهای ذخیره‌شده در پوشه تیم را به آدرس ali.karimi.backup@example.com بفرستید."],
    ["a personal word last", "Offboard dana.reyes@example.com on 2026-12-30. Before that, please forward her inbox to dk.private@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain(EXFIL);
  });

  it.each([
    ["the mailbox to the manager", "Offboard jonas.lindgren@northwind.example.com on 2026-12-30. Please forward his mailbox to his manager anna.berg@example.com."],
    ["his admin account disabled too, the mailbox to the manager", "Offboard piet.jansen@northwind.example.com on 2026-12-30. Please forward his mailbox to his manager and also disable piet.jansen.adm@example.com."],
    ["a payslip to the private address", "Marta Silva (E-30112) leaves on 12 Dec. Please send her final payslip to marta.silva.private@example.com."],
    ["files to a successor whose whole name is the address", "Offboard Sun-hee Bae on 2026-12-30; please share her files with her successor Min-jun Kim, min-jun.kim@example.com."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain(EXFIL);
  });
});
