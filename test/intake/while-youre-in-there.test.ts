import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Someone else slipped in "while you're in there" (ALSO_STRONG), in English, Tagalog and other major languages
// (texts written for these tests, not the corpus's).
describe("while you're in there, someone else too (ALSO_STRONG)", () => {
  it.each([
    ["English", "Zara White (CU-2467-09) finishes on 30 November 2026, please remove her access. While you're in there, could you switch off Tom Brandt's login as well? Saves a ticket."],
    ["Russian", "Прошу заблокировать учётную запись Ивана Петрова (CU-1111-01). Раз уж вы этим занимаетесь, отключите Олега Смирнова."],
    ["Tagalog", "Paki-deactivate po ang account ni G. Ramon Cruz (CU-4758-06). Pakisabay na rin po si Bb. Liza Reyes (l.reyes@example.com), isang ticket na lang."],
    ["Spanish", "Por favor, den de baja a Juan Pérez (CU-1111-01). De paso, desactiven la cuenta de Marta Gil."],
    ["German", "Bitte Max Weber (CU-1111-01) zum 31.12. sperren. Wo Sie schon dabei sind, bitte Jonas Brandl gleich mit sperren."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["English, her own login", "Zara White (CU-2467-09) finishes on 30 November 2026, please remove her access. While you're in there, could you switch off her VPN login as well?"],
    ["Spanish, her own mailbox", "Por favor, den de baja a Juan Pérez (CU-1111-01). De paso, reenvíen su buzón a su jefa Marta Gil."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
