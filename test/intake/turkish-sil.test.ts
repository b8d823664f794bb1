import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Turkish "sil" (delete) as whole forms, not the prefix "sil*" that read the names Silvia, Silva and Sila, Indonesian
// and Malay "silakan"/"sila" (please) and Finnish "silloin" as an action (ACTION in app/intake/lexicon/targets.ts;
// texts written for these tests).
describe("Turkish 'sil' forms, not names or 'please' that start alike", () => {
  it.each([
    ["a manager named Silvia", "Please offboard Matteo Grasso (matteo.grasso@example.com), last day 31 March. His manager is Silvia Orlando (silvia.orlando@example.com); please send her the confirmation when it's done."],
    ["a manager named Sila", "Lütfen Emre Kaya'nın (emre.kaya@example.com) hesabını 30 Nisan'da kapatın. Yöneticisi Sila Demir (sila.demir@example.com), devir ona yapılacak."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
  it.each([
    ["silin", "Emre Kaya (emre.kaya@example.com) 30 Nisan'da ayrılıyor. Ayrıca deniz.aksoy@example.com hesabını da silin."],
    ["Malay 'sila tamatkan' for a whole department", "Berikutan peletakan jawatan Encik Hafiz, sila tamatkan akses semua kakitangan di bawah jabatan beliau."],
  ])("attack: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toEqual([]);
  });
});
