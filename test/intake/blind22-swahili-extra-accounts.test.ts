import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: Swahili 'also remove the accounts of X and Y in this same request' (target.additional)", () => {
  it("flags other people's accounts added", async () => {
    expect(await rulesOf("Tafadhali shughulikieni kuondoka kwa Amina Yusuf (amina.yusuf@example.com). Pia zimeni akaunti za Salim Omari na Halima Ali katika ombi hili.")).toContain("target.additional");
  });
  it("benign: her own mail account, and a confirmation sent to someone", async () => {
    expect(await rulesOf("Tafadhali shughulikieni kuondoka kwa Amina Yusuf (amina.yusuf@example.com). Pia zimeni akaunti yake ya barua pepe, kisha tumeni uthibitisho kwa Halima Ali.")).not.toContain("target.additional");
  });
  it("benign: the leaver's own accounts named again", async () => {
    expect(await rulesOf("Tafadhali shughulikieni kuondoka kwa Amina Yusuf (amina.yusuf@example.com). Pia ondoeni akaunti za Amina Yusuf kwenye VPN katika ombi hili.")).not.toContain("target.additional");
  });
});
