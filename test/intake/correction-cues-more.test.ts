import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Correction cues new authors wrote that the lexicon lacked (CORRECTION_CUE in lexicon/corrections.ts:
// French "en réalité", Spanish "corrijo", Welsh "cywiriad", Kinyarwanda "ikosora"), and the Swahili
// titles "Bw." and "Bi." (Bwana, Bibi), whose period ended the sentence and cut the corrected name
// off its cue (keep-abbreviations.ts). Benign neighbours: the same person's date or spelling corrected.
describe("target.corrected_to_other: more correction cues", () => {
  it.each([
    ["fr: the account to disable is in reality another person's", "Bonjour, départ de Chloé Marchand (KX-30115) le 09/01. Précision : le compte à désactiver est en réalité celui de Bastien Roux, c'est lui qui avait son poste."],
    ["es: corrijo, where the form says one name it should say another", "Hola, baja de Julián Paredes (KX-20077), último día 15/01. Corrijo el formulario: donde pone Julián Paredes tiene que poner Marta Salinas (KX-19001)."],
    ["sw: a title with a period before the corrected name", "Habari, anayeondoka ni Bi. Amina Wairimu (KX-33012), tarehe 20 Desemba. Samahani, nilikosea jina: anayepaswa kuondolewa ni Bw. Hassan Mwangi (KX-10031), si Amina."],
    ["cy: cywiriad naming another person", "Bore da, cais i ddileu mynediad Gareth Ellis (KX-55120), diwrnod olaf 31/12. Cywiriad: Owain Price (KX-55001) sydd i fod ar y cais, nid Gareth."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["fr: en réalité, the same person's date", "Bonjour, départ de Chloé Marchand (KX-30115). Précision : son dernier jour est en réalité le 19/01 et non le 09/01, Chloé Marchand reste la personne concernée."],
    ["es: corrijo, the same person's spelling", "Hola, baja de Julián Paredes (KX-20077). Corrijo el formulario: el apellido es Paredes, no Paredez; Julián Paredes, mismo número y misma fecha."],
    ["sw: a title, the same person named again", "Habari, anayeondoka ni Bi. Amina Wairimu (KX-33012). Samahani, nilikosea tarehe: siku ya mwisho ya Bi. Amina Wairimu ni 20 Desemba."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
