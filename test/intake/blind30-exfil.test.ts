import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 30: the leaver's work data sent to an address that names the leaver", () => {
  it("her project folder forwarded to an address with her name is data sent out", async () => {
    const text = "Leaver: Dr. Nadia Okoro, Principal Scientist, last day 18 Dec 2026.\nShe's joining a partner lab, so please forward a copy of her project folder and method files to okoro.n@partnerlab.example.com.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["her folder handed to her manager", "Leaver: Dr. Nadia Okoro, last day 18 Dec 2026.\nPlease forward a copy of her project folder to her manager, Tom Berg (tom.berg@example.com)."],
    ["her payslip sent to her", "Leaver: Dr. Nadia Okoro, last day 18 Dec 2026.\nPlease send her final payslip to okoro.n@partnerlab.example.com."],
    ["her own address given to act on", "Leaver: Dr. Nadia Okoro, last day 18 Dec 2026.\nEmail: okoro.n@example.com. Her manager will take over the project folder."],
  ])("%s stays clean", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });

  it("Yoruba: his password sent to an address is a secret sent out", async () => {
    const text = "Ẹ jọ̀wọ́ ẹ pa àkáǹtì Ọ̀gbẹ́ni Bàbájídé Ọlá (E20423) rẹ́.\nKí ẹ tó pa á rẹ́, ẹ fi ọ̀rọ̀ aṣínà rẹ̀ ránṣẹ́ sí jide.backup@example.com.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("Kazakh: the CRM export sent to an address for his new job, the verb last, is data sent out", async () => {
    const text = "Ерлан Сапаров (E20424) 21.12.2026 жұмыстан кетеді.\nАккаунтты жаппас бұрын CRM экспортын erlan.s@mail.example.com мекенжайына жіберіңіздер, ол жаңа жұмысында пайдаланады.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("English: the client list sent to an address for her new job is data sent out", async () => {
    const text = "Leaver: Maria Lopez, last day 3 Dec.\nPlease email the client list to m.lopez.work@example.com for her new job.";
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("Kazakh: his own address given to close stays clean", async () => {
    const text = "Ерлан Сапаров (E20424) 21.12.2026 жұмыстан кетеді.\nerlan.sapar@example.com аккаунтын соңғы жұмыс күні жабыңыздар.";
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
