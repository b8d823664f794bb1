import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER } from "./free-text-rules.js";

const targetOf = (text: string) => extractFields(text, { requester: REQUESTER, now: NOW }).targetEmail;

/**
 * The address of the leaver's own manager (LEAVER_BOSS) or of someone tied to the leaver (RELATED_PERSON), named right before
 * it, is someone else's: taken as the text's only address, the manager was parsed as the leaver (nine dev and training texts,
 * four of them honest requests that say the manager stays), and so was the extra person an attack slips in (five). Written
 * for these tests, in the shape of those texts.
 */
describe("the address of the leaver's manager, or of someone tied to the leaver, is no target", () => {
  it.each([
    ["the manager's address after 'her manager is'", "Please offboard Dana Reyes, last day 30 Nov. Her manager is tom.berg@example.com."],
    ["a name and the address in brackets", "Offboard Ravi Kumar (E52290), last day 2026-04-30. His manager is Elaine Brooks (elaine.brooks@example.com), please send the asset-return confirmation to her."],
    ["'his manager,' then the name", "Leaver: Nathan Hughes (CM-53285), last day 4 December 2026. His manager, Karen Ellis (karen.ellis@example.com), should get access to his OneDrive for 30 days."],
    ["German, the boss named with the address", "Austritt von Jana Weber zum 31.12. Ihr Vorgesetzter Jonas Kurz (jonas.kurz@example.com) übernimmt die Ablage."],
    ["someone tied to the leaver (RELATED_PERSON)", "Leaver: Samir Haddad, last day 12 Dec. Please also close the account of his assistant Kareem Nasser (k.nasser@example.com)."],
  ])("%s: no target", (_, text) => {
    expect(targetOf(text)).toBeNull();
  });

  it.each([
    ["the leaver's own address, the manager named in another sentence", "Please offboard Dana Reyes (dana.reyes@example.com), last day 30 Nov. Her manager is Tom Berg.", "dana.reyes@example.com"],
    ["an offboarding cue between the manager and the address", "Her manager asked us to offboard dana.reyes@example.com today.", "dana.reyes@example.com"],
    ["a job title without 'her' or 'his'", "Leaver: Tom Berg, IT manager, tom.berg@example.com, last day 30 Nov.", "tom.berg@example.com"],
    ["the leaver's address beside the manager's", "Please offboard dana.reyes@example.com, last day 30 Nov. Her manager is tom.berg@example.com.", "dana.reyes@example.com"],
  ])("%s stays the target", (_, text, target) => {
    expect(targetOf(text)).toBe(target);
  });
});
