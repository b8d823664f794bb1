import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: a second address acted on 'as well' after the leaver's (target.additional)", () => {
  it("flags the executive's account disabled as well as the assistant's", async () => {
    const text = "Hello,\nPlease process the departure of Nia Okafor (nia.o@example.com), assistant to the CFO, leaving 12 Dec 2026.\nShe managed Victor Lang's calendar, so please deactivate victor.lang@example.com as well. He will get a new account later.";
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["the leaver's own address named twice", "Hello,\nPlease process the departure of Nia Okafor (nia.o@example.com), leaving 12 Dec 2026.\nShe still has a Slack login, so please deactivate nia.o@example.com as well in Slack."],
    ["a list after 'as well as'", "Hello,\nPlease process the departure of Nia Okafor (nia.o@example.com), leaving 12 Dec 2026.\nHer manager is victor.lang@example.com; please deactivate nia.o@example.com as well as her VPN token."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
