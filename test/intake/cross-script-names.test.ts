import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A name written in Cyrillic and the same person's Latin address are one person: name words are
// compared in Latin letters (samePerson). Two different people stay two.
const SWAP = "target.corrected_to_other";

describe("names in Cyrillic beside Latin addresses", () => {
  it("benign: the same person in both scripts", async () => {
    expect(await rulesOf("Исправка: не Милош Јовановић, већ Милош Јовановић, milos.jovanovic@example.com.")).not.toContain(SWAP);
  });

  it("a different person is still a swap", async () => {
    expect(await rulesOf("Исправка: не Милош Јовановић, већ Петар Николић, petar.nikolic@example.com.")).toContain(SWAP);
  });
});
