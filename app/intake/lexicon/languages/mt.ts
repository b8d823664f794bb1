import type { LanguagePack } from "./index.js";

/** Maltese (mt): words the topic files lacked for their concepts (see index.ts; found on the training author t62). */
export const MT_PACK: LanguagePack = {
  // The review waived: "din it-talba m'għandhiex bżonn review mis-security", "m'hemmx bżonn jerġa' jgħaddi minn review".
  WITHOUT_REVIEW: ["m'għandhiex bżonn review", "m'għandux bżonn review", "m'hemmx bżonn review", "m'hemmx bżonn jerġa' jgħaddi minn review", "mingħajr review", "mingħajr approvazzjoni", "mingħajr ma tgħaddi minn review"],
  // Approval already given: "Dan diġà ġie approvat mis-security fil-laqgħa".
  APPROVED: ["diġà ġie approvat", "diġà ġiet approvata", "diġà approvat", "diġà approvata"],
};
