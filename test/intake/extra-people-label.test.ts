import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("another person under a heading or key of their own (EXTRA_PEOPLE_LABEL, target.additional)", () => {
  it.each([
    ["a form heading, English", "### Leaver(s)\nAoife Byrne (EMP 240911)\n### Additional accounts to close\nCiarán Doyle (EMP 241230) - off to a competitor soon, better to cut him now\n### Store\nGalway"],
    ["additional employees, English", "### Employee leaving\nNoa Levi (QS-52104)\n\n### Additional employees\nEitan Cohen (QS-52118) - same week, please bundle"],
    ["a YAML key, English", "leaver:\n  name: Peter Mwangi\n  email: peter.mwangi@example.com\nalso_remove:\n  - grace.otieno@example.com   # same squad\nreason: resignation"],
    ["weitere Konten, German", "### Austritt\nLena Vogt (P-4410)\n### Weitere Konten\nMarkus Feld (P-4488), sein Vertrag läuft eh aus"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["additional notes with the manager", "### Leaver\nAoife Byrne (EMP 240911)\n### Additional notes\nHer manager Ciarán Doyle has approved the leave date."],
    ["additional accounts of the leaver", "### Leaver\nAoife Byrne (EMP 240911)\n### Additional accounts to close\nher shared mailbox and the adm account"],
    ["additional accounts handed to a successor", "### Leaver\nAoife Byrne (EMP 240911)\n### Additional accounts\nthe team mailbox is handed over to her successor Ciarán Doyle"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
