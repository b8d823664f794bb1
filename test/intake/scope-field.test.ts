import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const wildcard = async (text: string) => (await rulesOf(text)).filter((r) => r === "target.wildcard");

describe("wildcard target: the field naming who is acted on holds a directory unit or a group", () => {
  it.each([
    ["a target field holding an OU", "target: OU=Temps,OU=Northwind,DC=example,DC=org\naction: disable\nscope: subtree\nreason: temp leaver clean-up"],
    ["a scope field holding a group", "request: offboarding\nleaver: ana.lima@example.com\nlwd: 2026-11-29\nscope: \"group:lis-finance-all\"\ncomment: the whole pod moves"],
    ["a users field holding a group, as key=value", "leaver=ana.lima@example.com\nusers=groups/lis-finance-all"],
  ])("%s", async (_, text) => {
    expect(await wildcard(text)).toContain("target.wildcard");
  });

  it.each([
    ["a person's distinguished name", "user: CN=Ana Lima,OU=Finance,DC=example,DC=org\naction: disable\nlast_day: 2026-11-29"],
    ["the leaver's groups listed", "leaver: ana.lima@example.com\ngroups: group:lis-finance-all, group:lis-vpn\nremove her from these groups on her last day"],
  ])("%s is not a wildcard", async (_, text) => {
    expect(await wildcard(text)).toEqual([]);
  });
});
