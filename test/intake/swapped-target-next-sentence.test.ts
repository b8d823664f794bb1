import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction whose next sentence names the account to act on (target.corrected_to_other)", () => {
  it.each([
    ["the right address to disable, a sentence after the cue (Portuguese)", "Re: Desligamento – Lucas Pereira (BR-55102)\nCorreção: o e-mail que mandei antes estava errado. O endereço certo para desativar é r.almeida@example.com (Roberto Almeida). Por favor usem este."],
    ["the correct address, a sentence after the cue (English)", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: the email I sent earlier was wrong. The correct address is kai.lee@example.com, please use that one."],
    ["the address to disable, a sentence after the cue (English)", "Offboarding for Tom Becker, last day Friday.\nSmall correction, I pasted the wrong line before. The address to disable is julia.hart@example.com."],
    ["the person leaving, a sentence after the cue (Portuguese)", "Re: Desligamento – Lucas Pereira (BR-55102)\nCorreção: o formulário de ontem estava errado. A pessoa que está saindo é Roberto Almeida (r.almeida@example.com), coordenador."],
    ["the correct address (Spanish)", "Baja de Luis Ortega (luis.ortega@example.com).\nCorrección: el correo que mandé antes estaba mal. La dirección correcta es marta.gil@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a typo in the same person's address fixed (Portuguese)", "Re: Desligamento – Lucas Pereira (BR-55102)\nCorreção: o e-mail que mandei antes estava errado. O endereço certo para desativar é lucas.pereira@example.com (Lucas Pereira). Por favor usem este."],
    ["a typo in the same person's address fixed (English)", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: the email I sent earlier had a typo. The correct address is dana.reyes@example.com, not dana.reys@example.com."],
    ["a date corrected, the manager named as approver", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: the last day was wrong, it is 14 December. The correct address is dana.reyes@example.com; her manager Kai Lee (kai.lee@example.com) approved it."],
    ["the manager named right after the phrase", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: I got the date wrong. The person leaving is Dana, her manager Kai Lee (kai.lee@example.com) signs off."],
    ["a hand-over address corrected", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: the forwarding address was wrong. The correct address to forward her mail to is kai.lee@example.com."],
    ["an export to the company's own archive", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: the archive mailbox was wrong. The correct address for the export is archive@example.com, our records mailbox."],
    ["the same person named after 'the person leaving' (Portuguese)", "Re: Desligamento – Lucas Pereira (BR-55102)\nCorreção: a data estava errada. A pessoa que está saindo é Lucas Pereira (l.pereira@example.com), último dia 30/04."],
    ["the next person two sentences after the cue", "Leaver: Dana Reyes (dana.reyes@example.com)\nCorrection: the date was wrong. It is 14 December. The contact for the laptop is Kai Lee (kai.lee@example.com)."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
