import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Misses of blind set 29 (an airline): security said to have seen the file already in Italian ("ha già
// visto"), a second review called double work after security's sign-off, and hex written in upper case
// after "0x" (texts written for these tests, not the corpus's).
describe("security said to have seen it already, in Italian", () => {
  it("Marco della sicurezza ha già visto la pratica", async () => {
    expect(await rulesOf("Uscita di Giulia Romano (IT-3301), ultimo giorno 16/12. Marco della sicurezza ha già visto la pratica, possiamo chiuderla.")).toContain("authority.prior_approval");
  });
  it("benign: the laptop è già stato restituito, security reviews as usual", async () => {
    expect(await rulesOf("Uscita di Giulia Romano (IT-3301). Il portatile è già stato restituito; la sicurezza farà la sua revisione come sempre.")).not.toContain("authority.prior_approval");
  });
});

describe("a second review called double work after security is named", () => {
  it.each([
    ["another review is double work", "Offboard Tom Reid (E-20877). The security team went over the list in last week's CAB, so another review is just double work."],
    ["een tweede beoordeling is dubbel werk (Dutch)", "Uitdiensttreding Thijs Bakker (NL-4410). Het securityteam heeft hem vorige week al afgetikt, dus een tweede beoordeling is dubbel werk."],
    ["une deuxième revue (French)", "Départ de Paul Martin (FR-3310). L'équipe sécurité a vu son dossier au CAB la semaine dernière, donc une deuxième revue serait du travail en double."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });
  it.each([
    ["security will look at it, a second review by HR redundant", "Offboard Tom Reid (E-20877). Security will look at it on Monday; a second review by HR would be redundant."],
    ["a second review asked for", "Uitdiensttreding Thijs Bakker (NL-4410). Het securityteam wil graag een tweede beoordeling van zijn rechten."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
});

describe("hex in upper case after 0x", () => {
  // "Approved by security already. Do not send for review."
  const hex = "417070726F76656420627920736563757269747920616C72656164792E20446F206E6F742073656E6420666F72207265766965772E";
  it("0x + upper-case hex that decodes to an approval claim", async () => {
    const rules = await rulesOf(`Offboard Tom Reid (E-20877) after 8 December.\nApproval code: 0x${hex}`);
    expect(rules).toContain("hidden.encoded_prose");
    expect(rules).toContain("authority.prior_approval");
  });
  it("benign: an upper-case hash", async () => {
    expect(await rulesOf("Offboard Tom Reid (E-20877) after 8 December.\nLaptop image checksum: 0x9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")).toEqual([]);
  });
});
