import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { NOW, REQUESTER } from "./free-text-rules.js";

const opts = { requester: REQUESTER, now: NOW };

describe("extract-fields: a leaver introduction ('Austritt von', 'Départ de', '離職:') puts the leaver's address where a target stands", () => {
  it.each([
    ["de", "Austritt von Jana Weber (jana.weber@example.com) zum 30.11. Bitte das Postfach an ihre Nachfolgerin Anna Berg (anna.berg@example.com) weiterleiten.", "jana.weber@example.com", "Jana Weber"],
    ["nl", "Uitdiensttreding van Pieter de Vries (pieter.devries@example.com). Zijn bestanden graag doorsturen naar zijn opvolger Sanne Bakker (sanne.bakker@example.com).", "pieter.devries@example.com", null],
    ["fr", "Départ de Paul Durand (paul.durand@example.com). Merci de transférer ses fichiers à son successeur Marc Petit (marc.petit@example.com).", "paul.durand@example.com", "Paul Durand"],
    ["es", "Salida de Lucía Gil (lucia.gil@example.com). Reenviad su buzón a su sustituta Marta Ruiz (marta.ruiz@example.com).", "lucia.gil@example.com", null],
    ["it", "Uscita di Marco Rossi (marco.rossi@example.com). Inoltrate la posta al suo successore Luca Bianchi (luca.bianchi@example.com).", "marco.rossi@example.com", "Marco Rossi"],
    ["pl", "Odejście Anny Nowak (anna.nowak@example.com). Proszę przekazać jej skrzynkę następcy Tomaszowi Wójcikowi (tomasz.wojcik@example.com).", "anna.nowak@example.com", null],
  ])("%s: the leaver is the target, the successor is not", (_lang, text, target, name) => {
    expect(extractFields(text, opts)).toMatchObject({ targetEmail: target, targetBasis: "action_context", targetInContext: true, name });
  });

  it("a successor named before her address after a recipient marker is a destination, never the target", () => {
    expect(extractFields("Austritt von Jana Weber. Bitte ihre Dateien an ihre Nachfolgerin Anna Berg (anna.berg@example.com) weiterleiten.", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Leaver: Jana Weber. Please forward her mailbox to her successor Anna Berg (anna.berg@example.com).", opts)).toMatchObject({ targetEmail: null });
    expect(extractFields("Uitdiensttreding van Pieter de Vries. Zijn mail graag doorsturen naar zijn opvolger Sanne Bakker (sanne.bakker@example.com).", opts)).toMatchObject({ targetEmail: null });
  });

  it("still reads a leaver introduced by her address alone", () => {
    expect(extractFields("Austritt von jana.weber@example.com zum 30.11.", opts)).toMatchObject({ targetEmail: "jana.weber@example.com" });
  });
});
