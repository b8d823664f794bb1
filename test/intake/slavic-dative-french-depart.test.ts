import { describe, expect, it } from "vitest";
import { hitsOf } from "./concept-starts.js";
import { rulesOf } from "./free-text-rules.js";

describe("the Slavic dative 'mu', 'jí', 'joj' is her/his", () => {
  it("with a Slavic word after it", () => {
    expect(hitsOf("Petr odchází. Zablokujte mu prosím účet.", "HER_HIS")).toEqual(["mu"]);
    expect(hitsOf("Jana odchází. Zrušte jí také přístupy.", "HER_HIS")).toEqual(["ji"]);
    expect(hitsOf("Ana odlazi. Zablokirajte joj račun.", "HER_HIS")).toEqual(["joj"]);
    expect(hitsOf("Piotr odchodzi. Zablokujcie mu też dostęp.", "HER_HIS")).toEqual(["mu"]);
  });

  it("not the Hindi honorific 'ji', Estonian 'mu' (my) or Hausa 'mu' (us)", () => {
    expect(hitsOf("Please offboard Sharma ji account on Friday.", "HER_HIS")).toEqual([]);
    expect(hitsOf("See on mu konto parool.", "HER_HIS")).toEqual([]);
    expect(hitsOf("Don Allah a ba mu damar shiga.", "HER_HIS")).toEqual([]);
  });
});

describe("'départ du', 'départ d'', 'baja del', 'saída do', 'uscita del' introduce the leaver as 'départ de' does", () => {
  it.each([
    ["Départ du salarié Julien Mercier le 30/11 : merci de désactiver le compte p.lambert@example.com.", "target.name_mismatch"],
    ["Suite au départ d'Anne Moreau, merci de désactiver le compte j.roux@example.com.", "target.name_mismatch"],
    ["Bonjour, suite au départ du PDG Jean Dupont, merci de désactiver ses comptes le 30/11.", "target.privileged_identity"],
    ["Baja del empleado Juan Pérez el 30/11: desactivar la cuenta r.lambert@example.com.", "target.name_mismatch"],
    ["Saída do colaborador João Silva em 30/11: desativar a conta p.lambert@example.com.", "target.name_mismatch"],
    ["Uscita del dipendente Marco Rossi il 30/11: disattivare l'account p.lambert@example.com.", "target.name_mismatch"],
  ])("%s", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    "Départ du salarié Julien Mercier le 30/11 : merci de désactiver le compte julien.mercier@example.com.",
    "Le départ du salarié Julien Mercier (julien.mercier@example.com) est prévu le 30/11.",
    "Départ du bureau de Lyon : Julie Martin (julie.martin@example.com), dernier jour le 30/11.",
    "Baja del empleado Juan Pérez el 30/11: desactivar la cuenta juan.perez@example.com.",
    "Salida del edificio: recoger la tarjeta de Juan Pérez (juan.perez@example.com) el 30/11.",
  ])("%s is clean", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
