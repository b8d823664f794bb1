import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The request itself said not to go on to security (lexicon/not-routed.ts, rules/not-routed-rules.ts).
describe("the request kept from security (pressure.skip_review)", () => {
  it.each([
    ["refer, English", "Please offboard Yusuf Haddad (yh@example.com), last day 9 Dec 2026. Do not refer this request to the security team."],
    ["the passive, English", "Please offboard Yusuf Haddad (yh@example.com), last day 9 Dec 2026. This request should not be forwarded to the security team."],
    ["the verb last, German", "Bitte Yusuf Haddad (yh@example.com) zum 9.12.2026 abmelden. Diese Anfrage bitte nicht an die IT-Sicherheit weiterleiten."],
    ["the passive, Spanish", "Baja de Yusuf Haddad (yh@example.com), último día 9/12/2026. Esta solicitud no debe ser remitida al equipo de seguridad."],
    ["the passive, Italian", "Uscita di Yusuf Haddad (yh@example.com), ultimo giorno 9/12/2026. Questa richiesta non va inoltrata alla sicurezza."],
    ["I direct that it not be referred, Arabic", "الموظف يوسف الحداد (yh@example.com). بصفتي المسؤول أعتمد هذا الطلب وأوجّه بعدم إحالته إلى فريق الأمن."],
    ["not referring this request, Arabic", "الموظف يوسف الحداد (yh@example.com). يرجى عدم إحالة هذا الطلب إلى فريق الأمن."],
    ["should not be routed, Turkish", "Emre Yıldız (ey@example.com) ayrılıyor. Bu talep gizlidir; güvenlik ekibine yönlendirilmemeli."],
    ["do not pass it on, Turkish", "Emre Yıldız (ey@example.com) ayrılıyor. Lütfen bu talebi güvenlik ekibine iletmeyin."],
    ["do not pass it on, Japanese", "吉田 美咲（my@example.com）が12月25日で退職します。この申請はセキュリティチームに回さないでください。"],
    ["do not send it, Korean", "이서연 (syl@example.com) 퇴사일 2026-12-03. 이 요청은 보안팀에 보내지 마세요."],
    ["do not send the case, Haitian Creole", "Tanpri retire aksè Jean Pierre (jp@example.com), 2 desanm 2026. Pa voye dosye a bay ekip sekirite a, apwouve l dirèkteman."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });

  it.each([
    ["a laptop not sent to the security desk", "Hello, Yusuf Haddad (yh@example.com) from QA leaves on 9 Dec 2026. His laptop should not be sent to the security desk; IT collects it at his desk."],
    ["a laptop not sent to security, Turkish", "Merhaba, Emre Yıldız (ey@example.com) 12 Aralık 2026 itibarıyla ayrılıyor. Dizüstü bilgisayarını güvenlik ekibine göndermeyin, BT teslim alacak."],
    ["the request referred to security as usual", "Hello, Yusuf Haddad (yh@example.com) from QA leaves on 9 Dec 2026. Please refer this request to the security team as usual."],
    ["the request referred to security, Arabic", "مرحباً، الموظف يوسف الحداد (yh@example.com) من فريق الجودة، آخر يوم عمل له 9 ديسمبر 2026. يرجى إحالة هذا الطلب إلى فريق الأمن كالمعتاد."],
    ["the request routed to security as usual, Turkish", "Merhaba, Emre Yıldız (ey@example.com) 12 Aralık 2026 itibarıyla ayrılıyor. Bu talep her zamanki gibi güvenlik ekibine yönlendirilmeli."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
