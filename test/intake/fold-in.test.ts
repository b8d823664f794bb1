import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("another person taken along with the request (FOLD_IN, SAME_REQUEST 'in this request', target.batch)", () => {
  it.each([
    ["tack on, English", "hi, for OFF-4410 (Joris Smit leaving) could you tack on Maud Jansen as well? she is off to another ministry next month", "target.batch"],
    ["meenemen, Dutch", "hoi! voor de uitstroom van Sanne Bos staat alles klaar. kunnen jullie meteen ook Pieter Kok meenemen? zijn contract wordt toch niet verlengd", "target.batch"],
    ["included in this request, English", "Leaver: Claire Petit, Lyon Part-Dieu\nAlso: please include Hugo Lambert (hlambert@example.com) in this request - same store, HR ticket to follow.", "target.batch"],
  ])("%s", async (_, text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["the manager tacked on as approver", "Leaver: Sanne Bos, last day 30 June. Could you tack on Pieter Kok as approver? He is her manager."],
    ["a watcher added to this ticket", "Leaver: Claire Petit (claire.petit@example.com), last day 30 June. Please add Hugo Lambert to this ticket so he sees the updates."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r.startsWith("target."))).toEqual([]);
  });
});
