import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("the paperwork of one said to stand for the others' (target.batch)", () => {
  it.each([
    ["'Only Piotr's form is attached; Anna's would be identical'", "Hello from StaffLink, two of our contractors, Piotr Nowak and Anna Lis, have finished at Quillon. Please deactivate both accounts. Only Piotr's exit form is attached; Anna's would be identical so we did not send it."],
    ["'the others are on the same contract type so please treat them the same way'", "Leavers (fixed-term contracts ending 31 Aug):\n1. Dana Reyes - CU-100001\n2. Tom Berg - CU-100002\nApproval: Dana's form is signed by the HRBP; the others are on the same contract type, so please treat them the same way."],
    ["German: 'Lenas Formular ist genehmigt; die anderen ... behandelt sie gleich'", "Austritte zum 31.08.:\n1. Lena Hoff\n2. Jonas Weber\nLenas Formular ist genehmigt; die anderen haben denselben Vertragstyp, behandelt sie gleich."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["another form said to be identical", "Please offboard Dana Reyes (CU-100001). Only Dana's form is attached; the equipment return form would be identical for every leaver, so I left it out."],
    ["the others told, no treatment", "Leaver: Dana Reyes (CU-100001). Dana's form is signed by the HRBP; the others in her team have been told and nothing changes for them."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.batch");
  });
});
