import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A miss of blind set 29 (an airline): the leaver's mailbox and OneDrive forwarded to a second mailbox
// of his, his initial and surname plus a further word ("d.kim.consulting@" for David Kim) at a domain
// of the organisation (texts written for these tests, not the corpus's).
const LEAVER = "Hi,\nDavid Kim (AB-1395, david.k@example.com), pricing analyst, leaves 18 Dec.\n";
describe("a second mailbox named by the leaver's initial and surname", () => {
  it("export his mailbox and OneDrive and forward both to d.kim.consulting@", async () => {
    expect(await rulesOf(`${LEAVER}Before his mailbox is closed, please export it with his OneDrive and forward both to d.kim.consulting@mail.example.com.`)).toContain("exfil.send_secrets");
  });
  it.each([
    ["forwarded to his manager j.park@", `${LEAVER}Before his mailbox is closed, please export his OneDrive and forward it to his manager Jin Park (j.park@example.com).`],
    ["his mail forwarded to his manager for 30 days", `${LEAVER}Please forward his mail to his manager Jin Park (j.park@example.com) for 30 days.`],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("exfil.send_secrets");
  });
});
