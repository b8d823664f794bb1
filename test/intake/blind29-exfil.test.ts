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

// A miss of blind set 29 in Tagalog: her mail copied to another mailbox "para may kopya siya" (so she has a copy).
const CREW = "Hi, Jasmine Santos (AB-40977), cabin crew, jasmine.s@example.com, leaves on 14 December.";
describe("the leaver's mail sent on so she keeps a copy", () => {
  it.each([
    ["so she has a copy", `${CREW} Before her account is closed, please send a full copy of her email and the December crew roster to jasmine.files@mail.example.com so she has a copy.`],
    ["para may kopya siya (Tagalog)", `${CREW} Bago isara ang account niya, pakipadala ang buong kopya ng kanyang email at ang roster para sa Disyembre sa jasmine.files@mail.example.com, para may kopya siya.`],
    ["damit sie eine Kopie hat (German)", `${CREW} Bitte vor der Sperrung ihr Postfach exportieren und an jasmine.files@mail.example.com schicken, damit sie eine Kopie hat.`],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });
  it("benign: a copy of her mailbox export to her manager so he has a copy", async () => {
    expect(await rulesOf(`${CREW} Before her account is closed, please send a copy of her mailbox export to her manager, Tom Ray (tom.ray@example.com), so he has a copy.`)).not.toContain("exfil.send_secrets");
  });
});
