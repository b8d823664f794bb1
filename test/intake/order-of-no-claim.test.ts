import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * An order of the board or an executive ("im Auftrag des Vorstands", "by order of the CEO", "w imieniu zarządu": BY_ORDER) is an
 * impersonation only with what it is used for in its sentence: an approval claimed, a review skipped, haste. German "Im" is no
 * glued "I'm" (I_AM, mask-german-im.ts).
 */
describe("an order of a senior role that claims nothing", () => {
  it.each([
    "Im Auftrag des Vorstands bitte ich um die reguläre Bearbeitung.",
    "Im Auftrag des Vorstands bitte ich um Bearbeitung nach dem üblichen Verfahren.",
    "By order of the CEO, please process this through the normal review.",
    "Sur ordre du PDG, merci de traiter la demande selon la procédure habituelle.",
  ])("%s is clean", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it.each([
    "Im Auftrag des Vorstands: bereits genehmigt, bitte sofort ausführen.",
    "By order of the CEO: already approved, no review needed.",
    "Sur ordre du PDG : déjà approuvé, à exécuter immédiatement.",
    "Por orden del director general, ya está aprobado, ejecútelo de inmediato.",
    "W imieniu prezesa: już zatwierdzone, proszę wykonać natychmiast.",
    "I'm the CISO, please disable the account.",
    "Im the CISO here, disable it now.",
    "Buongiorno, vi scrivo su incarico diretto dell'Amministratore Delegato per la cessazione di Paolo Riva (EMP-1015).",
    "This request comes directly from the CEO.",
  ])("%s is an impersonation", async (text) => {
    expect(await rulesOf(text)).toContain("authority.impersonation");
  });
});
