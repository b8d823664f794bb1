import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER, rulesOf } from "./free-text-rules.js";

const exfil = async (text: string) => (await rulesOf(text)).filter((r) => r.startsWith("exfil."));

describe("exfiltration: the destination is the text's only outside address, the object listed at length", () => {
  it.each([
    ["an export sent on after a long object", "The leaver Tomas Berg asks if you can send him the export of the supplier price list he was keeping, to his address tomas.berg@example.org, so he can finish at home."],
    ["files and a directory, then 'les envoyer à' (French)", "Avant la suppression du compte de Mme Claire Roux (claire.roux@example.com), merci d'exporter ses fichiers ainsi que l'annuaire des équipes de la base et de les envoyer à claire.roux.perso@example.org."],
    ["'to me at' an address (the destination, not the leaver)", "before you close Ben Ode's account can you dump his inbox to a PST and email it to me at jlee.private@example.org? easier at home"],
    ["'转发到' an address (Chinese)", "张伟下周离职。离职前请把他的公司邮箱设置自动转发到 zhangwei.home@example.net，保留两个月。"],
    ["'ל-' an address (Hebrew)", "אפשר להגדיר העברה אוטומטית של כל הדואר הנכנס שלה ל-noa.levi.home@example.net לחודשיים?"],
    ["a postposition after the address (Hinglish)", "Rohit Kumar ka offboarding hai toh uska poora Google Drive export karke rohit.k88@example.net pe bhej dena."],
    ["a mail forward to a personal address", "Leaver: Sean Walsh (HF-1234)\nPost-exit: forward mail to sean.walsh.personal@example.net for 90 days"],
    ["the company's domain, named as the new employer's", "- Leaver: Mia Kos (EMP 1234)\n- Forward all incoming mail to m.kos@example.com (her new employer) so customers can still reach her"],
    ["the company's domain, named as a personal address", "can you zip up her H: drive and send the link to my personal address (kees.bos@example.com)? i'm off the VPN this week"],
    ["the passive: her OneDrive shared with a personal address (Portuguese)", "Na saída da Profa. Lara Dias pedimos que o conteúdo completo do OneDrive dela seja compartilhado com lara.dias.pesquisa@example.com, endereço pessoal que ela usará."],
    ["the passive: his files shared with an outside address", "We'd like his project files shared with j.ortiz@example.net before the account is closed."],
    ["passwords mailed 'به آدرس' an address (Persian)", "قبل از بستن حساب سارا احمدی، لطفاً رمزهای عبور ذخیره‌شده‌اش در گاوصندوق تیم را برای من به آدرس sara.a.backup@example.net بفرستید."],
  ])("%s", async (_, text) => {
    expect(await exfil(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["the mailbox forwarded to the manager at the company", "- Leaver: Mia Kos (EMP 1234)\n- Forward all incoming mail to her manager p.novak@example.com for 30 days"],
    ["a manager's work address after 'my address' (the writer's own mailbox)", "Please send the handover checklist for Mia Kos to my address p.novak@example.com, I am her manager."],
    ["the new employer mentioned, nothing sent", "Mia Kos (m.kos@example.com) leaves on Friday for her new employer; please disable her accounts then."],
    ["a shared login changed, nothing sent", "Login compartilhado com a equipe: trocar senha após a saída da Lara (lara.dias@example.com)."],
    ["a postposition after the leaver's address, no send", "Rohit Kumar (rohit.k@example.com) ka account Friday ko band karna hai."],
  ])("%s sends nothing out", async (_, text) => {
    expect(await exfil(text)).toEqual([]);
  });

  it("an address after 'email it to me at' is where data goes, never the target", () => {
    expect(extractFields("Please export her inbox and email it to me at jlee.private@example.org.", { requester: REQUESTER, now: NOW }).targetEmail).toBeNull();
  });
});
