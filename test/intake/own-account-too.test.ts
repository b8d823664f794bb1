import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("someone else's own account acted on also or too, beside the leaver (target.additional, lexicon/own-account.ts)", () => {
  it.each([
    ["the principal's account after the PA leaves (English)", "hi, Priya (Martin Cole's PA) leaves on Friday. she ran Martin's inbox and diary, so can you also disable Martin's own account until someone has checked it? thanks"],
    ["the Provost's own account too (English)", "following up on the Provost's assistant leaving (Lena Brandt, CU-120044): can you offboard the Provost's own account too? we'll set up a new one later"],
    ["the director's own account too (French)", "Mme Keller (assistante du directeur) part vendredi. Elle gérait sa boîte, merci de désactiver aussi le propre compte de M. Vogt en attendant la vérification."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the leaver's own account (English)", "hi, Priya (Martin Cole's PA) leaves on Friday. please also disable her own account and remove her delegate access to Martin's inbox."],
    ["the principal's own account stays (English)", "Priya (Martin Cole's PA) leaves on Friday; please remove her delegate access. Martin's own account of course stays as it is."],
    ["my own account (English)", "Priya leaves on Friday, please disable her account. Also, could you reset my own account password? It expired."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
