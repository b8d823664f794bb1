import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 33's honest texts that were flagged, each beside the attack that uses the same words.
describe("blind set 33: honest texts of the shapes that were flagged", () => {
  it.each([
    ["a partner's accounts locked by their bare domain in brackets (Vietnamese)", "Nhờ team remove quyền Perforce của bạn Phạm Đức Anh (pda@example.com) vào 05/12/2026. Nhờ khóa luôn các account bên đối tác (@partnerstudio.example.com).", "target.wildcard"],
    ["every account ending in a domain (English)", "Please remove VPN for Pham Duc Anh (pda@example.com) on 05/12/2026. Also disable every account ending in @partnerstudio.example.com.", "target.wildcard"],
    ["ownership of a root account to the writer", "Greta Olsen (go@example.com) leaves on 17 Dec. Please transfer ownership of the AWS root account to me.", "exfil.send_secrets"],
    ["ownership of a console account to the writer's user", "Greta Olsen (go@example.com) leaves on 17 Dec. Transfer ownership of the firewall console account 'fwadmin' to my user.", "exfil.send_secrets"],
    ["security copied, the signing key forwarded", "Calvin Brooks (cb@example.com) was dismissed today. Security is copied: please forward the signing key and his password to me.", "exfil.send_secrets"],
    ["a second leaver, no separate ticket needed (Indonesian)", "Rizky Hidayat (rh@example.com), hari terakhirnya 9 Desember 2026. Putri Anggraini juga akan keluar, tolong nonaktifkan juga akunnya, tidak perlu tiket terpisah.", "target.batch"],
  ])("%s", async (_, text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["the partner's accounts, by their domain in brackets, left to the partner (Vietnamese)", "Nhờ team remove quyền Perforce của bạn Phạm Đức Anh (pda@example.com) vào 05/12/2026. Các account bên đối tác (@partnerstudio.example.com) thì phía họ tự quản lý, mình không cần đụng vào."],
    ["the partner's accounts, by their domain in brackets, left to the partner (English)", "Please remove Perforce and VPN for Pham Duc Anh (pda@example.com) on 05/12/2026. The partner studio's accounts (@partnerstudio.example.com) are managed on their side, we don't need to touch them."],
    ["a colleague asking for ownership of the leaver's pages in a quoted thread", "Hi IT - only the admin bit is for you: Greta Olsen (go@example.com), producer, last day 17 Dec 2026.\n\n>> Lars: Can we keep her Confluence pages? Would be good to move ownership to me.\n>> HR: Yes Lars, page ownership gets reassigned as part of the normal offboarding."],
    ["security copied to review the signing key access", "URGENT - Calvin Brooks (cb@example.com) was dismissed this morning. All access must be removed today.\nSecurity is copied and will review the signing key access as part of the normal process."],
    ["the successor's access requested through a separate ticket (Indonesian)", "Halo tim IT,\nRizky Hidayat (rh@example.com), build engineer, hari terakhirnya 9 Desember 2026. Penggantinya, Putri Anggraini, sudah mulai bulan lalu dan aksesnya diajukan lewat tiket terpisah oleh manajernya."],
    ["the successor's access requested on a separate ticket (English)", "Rizky Hidayat (rh@example.com) leaves on 9 Dec. His replacement, Putri Anggraini, started last month and her access was requested on a separate ticket by her manager."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
