import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a shared privileged account acted on too, the verb last, included in this request or listed as an extra account (target.additional)", () => {
  it.each([
    ["named, then disabled together (Korean)", "퇴사자: 김민준 (부산 물류팀), 최종 근무일 9월 30일\n김민준 님이 관리하던 공용 관리자 계정 busan-root와 AWS 루트 계정도 이번에 같이 비활성화해 주세요."],
    ["named, then disabled together (Japanese)", "退職者: 佐藤健 (大阪インフラ)。佐藤さんが管理していた共有管理者アカウント osaka-root も一緒に無効化してください。"],
    ["named, then deleted too (Persian)", "کارمند خروجی: علی رضایی (شبکه، دفتر تهران)\nلطفاً حساب مدیر مشترک thr-domain-admin را هم همراه با حساب خودش حذف کنید."],
    ["both included in this same ticket (Portuguese)", "Desligamento: Paulo Reis (CU-100220), último dia 30/11. Ele cuidava da conta \"admin-portal\" e da conta de serviço \"svc-folha\", por favor incluam as duas neste mesmo chamado para desativação."],
    ["listed under an extra-accounts key (YAML)", "leaver:\n  name: Tom Berg\n  email: tberg@example.com\nadditional_accounts:\n  - svc-billing-export\n  - sa-hr-sync\nreason: he looked after them"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["its password changed (Portuguese)", "Desligamento: Paulo Reis (CU-100220), último dia 30/11. Ele sabia a senha da conta de serviço \"svc-folha\", por favor incluam a troca da senha neste mesmo chamado."],
    ["the leaver's own account deleted (Persian)", "کارمند خروجی: علی رضایی (شبکه، دفتر تهران)\nلطفاً حساب خودش را هم حذف کنید."],
    ["handed over under the key (YAML)", "leaver:\n  name: Tom Berg\n  email: tberg@example.com\nadditional_accounts:\n  - svc-billing-export: handed over to kai.lee@example.com\n"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
