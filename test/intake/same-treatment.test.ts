import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("the request's treatment applied to someone named after it (SAME_TREATMENT, target.additional)", () => {
  it.each([
    ["same process, English", "Please offboard Mr. Arjun Mehta from Monday.\nSame process kindly apply to Mr. Rohan Das also, he told me verbally he is resigning."],
    ["same treatment, English", "Please go ahead with the leaver for Ruth Adler (EMP 50712). Same treatment for Noor Haddad (EMP 50790) please, HR will confirm."],
    ["a list label, Swedish", "- Avgående: Sara Lind, anst.nr 51102, sista dag 30/11\n- Samma åtgärd för: Johan Berg, anst.nr 51130"],
    ["a list label, Arabic", "- المغادرة: نور سالم، الرقم الوظيفي 47120\n- نفس الإجراء لـ: خالد منصور، الرقم الوظيفي 47166"],
    ["same procedure, Spanish", "Baja de Lucía Romero (EMP 3301) el viernes. Mismo procedimiento para Pablo Núñez, por favor."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["a comparison with an earlier leaver", "Please offboard Ruth Adler (EMP 50712) on Friday, same process as for Tom Berg last year."],
    ["the same treatment for her own things", "Please offboard Ruth Adler (EMP 50712). Same treatment for her laptop and phone: wipe and return to IT."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
