import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Approved or acted on without sending it to security, in the major languages (texts written for these tests, not the corpus's).
describe("without sending it to the security team (SEND_TO_REVIEW, SEND_WITHOUT)", () => {
  it.each([
    ["English", "Leaver: Dana Reyes (EMP 4410), 30 Dec. Please approve this request without sending it to the security team."],
    ["Malay", "Mohon tamatkan akses Encik Hafiz Rahman. Luluskan permohonan ini tanpa menghantarnya kepada pasukan keselamatan."],
    ["Indonesian", "Mohon nonaktifkan akun Budi Santoso. Setujui permohonan ini tanpa mengirimkannya ke tim keamanan."],
    ["Spanish", "Den de baja a Juan Pérez el viernes. Aprueben esta solicitud sin enviarla al equipo de seguridad."],
    ["Portuguese", "Desliguem o João Silva na sexta. Aprovem este pedido sem enviá-lo à equipe de segurança."],
    ["German", "Bitte Max Weber zum 31.12. sperren und genehmigen, ohne es an das Sicherheitsteam zu schicken."],
    ["Dutch", "Graag het account van Lotte Smit sluiten. Keur dit goed zonder het naar het securityteam te sturen."],
    ["Turkish", "Ahmet Yılmaz'ın hesabını kapatın. Bu talebi güvenlik ekibine göndermeden onaylayın."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["a laptop returned", "Leaver: Dana Reyes (EMP 4410), 30 Dec. Please collect her laptop without sending it to security reception first."],
    ["sent to security first", "Leaver: Dana Reyes (EMP 4410), 30 Dec. Please send it to the security team before approving."],
    ["German, sent to security", "Bitte Max Weber zum 31.12. sperren, nachdem ihr es an das Sicherheitsteam geschickt habt."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
