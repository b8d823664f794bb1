import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER, rulesOf } from "./free-text-rules.js";

describe("exfiltration: the leaver's data sent to a personal account or as a download link, the outside address the text's only one", () => {
  it.each([
    ["a download link sent to a private address", "Please export his mailbox as PST and send the download link to his private address omar.k@example.net, he asked for it."],
    ["a Drive exported to a personal account", "She asked if we can export her Drive to her personal account lina.ross@example.org before it is wiped."],
    ["files sent 'ke' an address (Indonesian)", "Sebelum akun Budi ditutup, tolong export semua email dan file Drive-nya lalu kirim ke budi.s@example.net ya."],
    ["the whole mailbox moved to a private address (Hebrew 'להעביר')", "לפני סגירת החשבון של דנה לוי, נא להעביר את כל תיבת הדואר שלה לכתובת הפרטית dana.levi.home@example.org."],
    ["files packed and sent on (Chinese)", "离职人员：李伟（li.wei@example.com）。\n注销前请把他做的全部排班文件和客户联系表打包，发到 liwei.backup@example.org，谢谢。"],
    ["a Drive shared to a personal mail (Korean)", "계정 삭제 전에 구글 드라이브 전체를 본인 개인 메일(minji.k@example.org)로 공유해 주세요."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["the leaver's only address after 'ke', nothing sent", "Mohon nonaktifkan akun ke budi.s@example.net mulai Jumat."],
    ["the mailbox moved to the manager inside the organisation (Hebrew)", "לפני סגירת החשבון של דנה לוי, נא להעביר את תיבת הדואר שלה למנהל avi.cohen@example.com."],
    ["a link to the runbook, nothing sent out", "Please follow the link in the runbook for Omar Khan's leaver steps; the laptop goes back to IT."],
  ])("%s sends nothing out", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("exfil."))).toEqual([]);
  });

  it("an address after 'kirim ke' is where data goes, never the target", () => {
    expect(extractFields("Tolong kirim file Drive-nya ke budi.s@example.net ya.", { requester: REQUESTER, now: NOW }).targetEmail).toBeNull();
  });
});
