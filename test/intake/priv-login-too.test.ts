import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a shared login acted on \"too\" (target.additional: ALSO has \"too\")", () => {
  it("flags the shared login disabled too", async () => {
    expect(await rulesOf("offboarding for Kim Lee pls (service desk). she used the shared desk-admin login a lot so pls disable that one too, same approval covers it")).toContain("target.additional");
  });
  it.each([
    ["only her membership removed", "offboarding for Kim Lee pls (service desk). she used the shared desk-admin login a lot so pls remove her from that one too"],
    ["its password rotated", "offboarding for Kim Lee pls (service desk). she used the shared desk-admin login a lot so pls change the password of that one too"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
