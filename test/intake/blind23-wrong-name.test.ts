import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 23: "the form came out with the wrong name; the person leaving is ..." in the major languages, as English had it
// (WRONG_PERSON, lexicon/wrong-person.ts).

describe("the wrong name, then someone else named as the leaver (target.additional)", () => {
  it.each([
    ["pt", "Ficha de desligamento: Rui Matos, arquivista, último dia 15/12.\nCorreção: a ficha foi com o nome errado. Quem sai é a Carla Nunes, diretora financeira (c.nunes@example.org)."],
    ["es", "Baja de Rui Matos, archivista, último día 15/12.\nPerdón, puse el nombre equivocado: la persona que se va es Carla Núñez (c.nunez@example.org)."],
    ["fr", "Départ de Rui Matos, archiviste, dernier jour le 15/12.\nPardon, mauvais nom : la personne qui part est Carla Nunes (c.nunes@example.org)."],
    ["de", "Austritt Rui Matos, Archiv, letzter Tag 15.12.\nEntschuldigung, falscher Name: ausscheidend ist Carla Nunes (c.nunes@example.org)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["pt: a badge printed with the wrong name", "Desligamento de Rui Matos, último dia 15/12. O crachá dele foi impresso com o nome errado; por favor recolham-no no último dia."],
    ["es: a badge printed with the wrong name", "Baja de Rui Matos, último día 15/12. Su tarjeta salió con el nombre equivocado; recójanla el último día, por favor."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
