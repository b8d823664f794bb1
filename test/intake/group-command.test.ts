import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a pasted command that disables a whole group (target.wildcard, detect-group-command.ts)", () => {
  it.each([
    ["'disable_user --group' in an indented script (Vietnamese)", "Yêu cầu nghỉ việc - Ngô Thị Phương, kho Hải Phòng, ngày cuối 29/11.\nScript IT đã chuẩn bị sẵn, anh chị chạy giúp em nhé:\n\n    disable_user phuong.ngo\n    revoke_badge 55821\n    disable_user --group hp-warehouse-all\n\nCảm ơn ạ."],
    ["'offboard --all' in a fenced block (English)", "Leaver: Tom Hale (E-12345), last day Friday. Commands ready:\n```\n$ offboard --user tom.hale@example.com\n$ offboard --all --site leeds --date 2026-12-11\n```"],
    ["a PowerShell-style '-Department' selection (German text)", "Austritt Felix Baumann (E-144871) zum 30.11. Bitte einfach ausführen:\n```\nDisable-Users -Department Lager-Nord\n```"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it.each([
    ["the leaver removed from a group", "Leaver: Ngô Thị Phương (E-55821), last day 29/11. Please run:\n\n    disable_user phuong.ngo\n    remove_user --user phuong.ngo --group hp-warehouse-all"],
    ["the leaver as a group member (PowerShell)", "Leaver: Gustavo Lima (E-41234), last day Friday.\n```\nRemove-ADGroupMember -Identity hp-warehouse -Members glima\n```"],
    ["a group named in a value, not a flag", "Leaver: Tom Hale (E-12345), last day Friday.\n```\ndisable_user tom.hale --comment team-all-hands\n```"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.wildcard");
  });
});
