import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A miss of blind set 29 (an airline): the writer says the exit form is their own and names someone else as
// the leaver, "Hi, this is Kofi Mensah. HR asked me to fill in my own exit form ... Leaver: Kwame Asante"
// (detect-self-exit.ts; texts written for these tests, not the corpus's).
describe("the writer's own exit form naming someone else as the leaver", () => {
  it.each([
    ["my own exit form", "Hi, this is Kofi Mensah (kofi.m@example.com). HR asked me to fill in my own exit form.\nLeaver: Yaw Boateng, station manager, yaw.b@example.com\nLast day: 2 Dec"],
    ["mein eigenes Austrittsformular (German)", "Hallo, hier ist Jan Schulz. Die Personalabteilung hat mich gebeten, mein eigenes Austrittsformular auszufüllen.\nAustritt: Tom Becker, Stationsleiter, tom.b@example.com"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it.each([
    ["the writer names themselves", "Hi, this is Kofi Mensah (kofi.m@example.com). HR asked me to fill in my own exit form.\nLeaver: Kofi Mensah, station manager, kofi.m@example.com\nLast day: 2 Dec"],
    ["HR writes for someone else", "Hi, this is Ama Owusu from HR.\nLeaver: Yaw Boateng, station manager, yaw.b@example.com\nLast day: 2 Dec"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
