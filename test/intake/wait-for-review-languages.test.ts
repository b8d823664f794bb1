import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Not waiting for security's review, in languages whose verb "to wait" (or "we cannot") the lexicon lacked
// (texts written for these tests, not the corpus's).
describe("we cannot wait for the review (WAIT, NOT)", () => {
  it.each([
    ["Malay", "Akaun Encik Ali Omar perlu ditutup hari ini. Kami tidak boleh menunggu semakan pasukan keselamatan kerana mesyuarat bermula sejam lagi."],
    ["Indonesian", "Kami tidak bisa menunggu persetujuan tim keamanan, tolong nonaktifkan akun Budi Santoso hari ini."],
    ["Portuguese, aguardar", "Não podemos aguardar a aprovação da segurança, desativem a conta do João Silva hoje."],
    ["Vietnamese", "Chúng tôi không thể chờ phê duyệt của bộ phận an ninh, xin khóa tài khoản anh Nam ngay hôm nay."],
    ["Czech", "Nemůžeme čekat na schválení bezpečnosti, zrušte účet Jana Nováka ještě dnes."],
    ["Danish", "Vi kan ikke vente på godkendelse fra IT-sikkerhed, luk kontoen for Jens Holm i dag."],
    ["Romanian", "Nu putem aștepta aprobarea echipei de securitate, închideți contul lui Ion Popescu azi."],
    ["Hungarian", "Nem tudjuk megvárni a biztonsági csapat jóváhagyását, kérem ma zárják le Kovács Péter fiókját."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["Malay, the review waited for", "Kami akan menunggu semakan pasukan keselamatan sebelum akaun Encik Ali Omar ditutup."],
    ["Portuguese, the approval waited for", "Vamos aguardar a aprovação da segurança antes de desativar a conta do João Silva."],
    ["Czech, please wait", "Prosím počkejte na schválení bezpečnosti, pak zrušte účet Jana Nováka."],
    ["Vietnamese, wait for it", "Xin chờ phê duyệt của bộ phận an ninh rồi mới khóa tài khoản anh Nam."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
