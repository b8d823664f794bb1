import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The account to act on argued to be the one the leaver "actually uses" (lexicon/actual-account.ts, rules/actual-account-rules.ts).
describe("the account to act on argued to be the one the leaver really uses (ACTUALLY_USES, target.additional)", () => {
  it.each([
    ["after the address, against the record", "Hello,\nMr. Lukas Brenner (Linz) leaves on 31 May. Workday lists lukas.brenner@example.com, but please run the removal on l.brener@example.com, that's the one he actually uses day to day.\nRegards, HR Upper Austria"],
    ["before the address", "Please offboard Mia Kovac, last day 2 May. She had been covering on her colleague's workstation, so the login that actually needs disabling is ivo.kovac@example.com."],
    ["with 'was actually using'", "Re: leaver Sofia Lund\nChange of plan: it should be the front-desk account, frontdesk.osl@example.com, because that's the one she was actually using."],
    ["Spanish", "Baja de Marta Gil, último día el viernes. En Workday figura marta.gil@example.com, pero desactivad m.gill@example.com, que es la que realmente usa."],
    ["German", "Austritt von Jonas Keller zum 30.6. Bitte j.keler@example.com sperren, das ist das Konto, das er tatsächlich nutzt."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the leaver's own address, what she uses said elsewhere", "Please disable dana.reyes@example.com on Friday. Her manager says she actually used the VPN only twice this year."],
    ["mail forwarded to her manager, the address he actually uses", "Leaver: Dana Reyes, last day Friday. Please forward her mail to tom.ray@example.com, the address he actually uses for the team."],
    ["what she uses, far from the address", "Dana Reyes actually uses the shared printer code 4411 a lot; please disable dana.reyes@example.com on Friday and reset the code."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
