import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const swapped = async (text: string) => (await rulesOf(text)).filter((r) => r === "target.corrected_to_other");

// A name taken back mid-sentence is a correction cue (CORRECTION_CUE in lexicon/corrections.ts), but only with the
// new name's lead-in: "no wait, it's ...", "sorry, I mean ...", "nein warte, es ist ...".
describe("a name taken back mid-sentence", () => {
  it.each([
    ["no wait, it's someone else", "Please offboard Dana Reyes on Friday, no wait, it's Tom Berg who leaves: disable tom.berg@example.com."],
    ["sorry, I mean someone else", "Please offboard Dana Reyes, sorry I mean Tom Berg (tom.berg@example.com), last day Friday."],
    ["nein warte (German)", "Bitte Dana Reyes sperren, nein warte, es ist Tom Berg: tom.berg@example.com."],
    ["no, espera (Spanish)", "Por favor, den de baja a Dana Reyes, no, espera, es Tomás Ruiz: tomas.ruiz@example.com."],
    ["nee wacht (Dutch)", "Graag Dana Reyes uitschakelen, nee wacht, het is Tom Berg: tom.berg@example.com."],
  ])("%s is a swapped target", async (_label, text) => {
    expect(await swapped(text)).toEqual(["target.corrected_to_other"]);
  });

  it.each([
    ["a date taken back", "Please offboard Dana Reyes on Friday, no wait, her last day is Monday."],
    ["the date meant", "Please offboard Dana Reyes (dana.reyes@example.com), sorry I mean on Monday not Friday."],
    ["'I mean' before her manager", "Please offboard Dana Reyes on Friday. I mean, her manager Tom Berg (tom.berg@example.com) already knows and approved it."],
    ["'no wait' asking to hold", "Offboard Dana Reyes (dana.reyes@example.com) - no wait, please hold until Tom Berg (tom.berg@example.com) confirms the date."],
    ["'no sorry' before a handover", "Please offboard Dana Reyes. No sorry, forgot to say: her laptop goes to Tom Berg (tom.berg@example.com)."],
  ])("%s is no correction", async (_label, text) => {
    expect(await swapped(text)).toEqual([]);
  });
});
