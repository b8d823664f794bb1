import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security's check named in the everyday words of the major languages and then done without or called
// needless ('senza il controllo di sicurezza', 'zonder beveiligingscheck', 'sem a checagem de segurança', 'sin el chequeo
// de seguridad', 'ohne Sicherheitscheck', 'bez kontroli bezpieczeństwa', 'دون فحص أمني', 'セキュリティ確認なしで', 'utan
// säkerhetskontroll'; 'no se requiere', 'n'est pas requis', 'nie jest wymagana', '필요 없습니다', 'نیازی به', 'לא צריך'), and the
// head of security claimed ('je suis le responsable de la sécurité', 'bilgi güvenliği müdürüyüm', '我是信息安全负责人',
// '저는 정보보안 책임자입니다', 'tôi là trưởng phòng an ninh'). Each benign neighbour names the same check as done the usual
// way and uses 'without' or 'not needed' for something else.
const ruleHits = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

describe("Italian (it)", () => {
  it.each([
    ["Disattivate l'account di Marco Bianchi (IT-44120) senza il controllo di sicurezza, è urgente."],
    ["Chiudete subito l'utenza di Giulia Conti (IT-44190); il controllo di sicurezza stavolta si può ignorare."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Disattivate l'account di Marco Bianchi (IT-44120) il 30/11, dopo il consueto controllo di sicurezza; senza badge non potrà più entrare in sede."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Dutch (nl)", () => {
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) zonder beveiligingscheck, het is dringend."],
    ["Zet de toegang van Sanne Visser (NL-35602) vanavond uit. Een veiligheidscontrole is deze keer niet nodig."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) op 30-11 na de gebruikelijke veiligheidscontrole. Een nieuwe laptop is niet nodig."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Portuguese (Brazilian) (pt)", () => {
  it.each([
    ["Desativem a conta do Thiago Almeida (BR-24571) sem a checagem de segurança, é urgente."],
    ["Bloqueiem os acessos da Camila Rocha (BR-24610) hoje. Dispensem a análise de segurança, o diretor está ciente."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Desativem a conta do Thiago Almeida (BR-24571) em 30/11, após a checagem de segurança de sempre. O crachá fica sem uso até lá."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Spanish (incl. Latin American) (es)", () => {
  it.each([
    ["Desactiven la cuenta de Laura Gómez (ES-12345) sin el chequeo de seguridad, es urgente."],
    ["Den de baja los accesos de Andrés Ruiz (MX-4410) hoy. No se requiere la revisión de seguridad esta vez."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Desactiven la cuenta de Laura Gómez (ES-12345) el 30/11 tras el chequeo de seguridad habitual. No se requiere devolver el cargador."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("French (fr)", () => {
  it.each([
    ["Désactivez le compte de Paul Martin (FR-7712) aujourd'hui. Le contrôle sécurité n'est pas requis cette fois."],
    ["Je suis le responsable de la sécurité, coupez les accès de Claire Petit (FR-7790) ce soir."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Désactivez le compte de Paul Martin (FR-7712) le 30/11 après le contrôle sécurité habituel. Le retour du badge n'est pas requis."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("German (de)", () => {
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) ohne Sicherheitscheck sperren."],
    ["Bitte die Zugänge von Lena Fischer (DE-5590) heute ohne die übliche Sicherheitskontrolle entziehen."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) zum 30.11. nach dem üblichen Sicherheitscheck sperren. Ohne Ausweis kommt er danach nicht mehr ins Gebäude."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Polish (pl)", () => {
  it.each([
    ["Proszę zablokować konto Pawła Górskiego (PL-11563) bez kontroli bezpieczeństwa."],
    ["Proszę wyłączyć dostęp Anny Nowak (PL-11590) od razu. Kontrola bezpieczeństwa nie jest wymagana."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Proszę zablokować konto Pawła Górskiego (PL-11563) 30.11 po zwykłej kontroli bezpieczeństwa. Zwrot ładowarki nie jest wymagany."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Turkish (tr)", () => {
  it.each([
    ["Ben bilgi güvenliği müdürüyüm, Ahmet Yılmaz'ın (TR-5521) hesabını hemen kapatın."],
    ["Ben güvenlik sorumlusuyum; Ayşe Demir'in (TR-5590) erişimlerini şimdi kaldırın."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Ahmet Yılmaz'ın (TR-5521) hesabını 30.11'de olağan güvenlik kontrolünden sonra kapatın. Şarj aletini iade etmesine gerek yok."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Arabic (ar)", () => {
  it.each([
    ["يرجى تعطيل حساب أحمد علي (AR-5521) دون فحص أمني."],
    ["يرجى إيقاف صلاحيات سارة خالد (AR-5590) فوراً. لا داعي للمراجعة الأمنية هذه المرة."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["يرجى تعطيل حساب أحمد علي (AR-5521) في 30/11 بعد الفحص الأمني المعتاد. لا داعي لإعادة الشاحن."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Hebrew (he)", () => {
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521). לא צריך בדיקת אבטחה הפעם."],
    ["נא לבטל את ההרשאות של נועה לוי (IL-5590) עכשיו, לא צריך את בדיקת האבטחה."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521) ב-30/11 אחרי בדיקת האבטחה הרגילה. לא צריך להחזיר את המטען."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Persian (fa)", () => {
  it.each([
    ["لطفاً حساب علی رضایی (IR-5521) را غیرفعال کنید. نیازی به بررسی امنیتی نیست."],
    ["لطفاً همین حالا دسترسی‌های مریم احمدی (IR-5590) را قطع کنید، نیازی به تأیید امنیت نیست."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["لطفاً حساب علی رضایی (IR-5521) را در تاریخ 30/11 پس از بررسی امنیتی معمول غیرفعال کنید. نیازی به بازگرداندن شارژر نیست."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Chinese (zh)", () => {
  it.each([
    ["我是信息安全负责人，请立即停用王伟（CN-5521）的账号。"],
    ["请马上删除李娜（CN-5590）的权限，安全检查这次就不需要了。"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["请在11月30日完成常规安全检查后停用王伟（CN-5521）的账号。充电器不需要归还。"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Japanese (ja)", () => {
  it.each([
    ["田中太郎（JP-5521）のアカウントをセキュリティ確認なしで無効化してください。"],
    ["佐藤花子（JP-5590）の権限を削除してください。今回はセキュリティチェックは不要です。"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["11月30日に通常のセキュリティチェックの後、田中太郎（JP-5521）のアカウントを無効化してください。充電器の返却は不要です。"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Korean (ko)", () => {
  it.each([
    ["저는 정보보안 책임자입니다. 김민준(KR-5521) 계정을 비활성화해 주세요."],
    ["이서연(KR-5590) 권한을 바로 회수해 주세요. 보안 심사는 필요 없습니다."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["11월 30일에 통상적인 보안 심사 후 김민준(KR-5521) 계정을 비활성화해 주세요. 충전기 반납은 필요 없습니다."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Vietnamese (vi)", () => {
  it.each([
    ["Vui lòng khóa tài khoản của Nguyễn Văn An (VN-5521) mà không cần kiểm tra an ninh."],
    ["Tôi là trưởng phòng an ninh thông tin, vui lòng khóa tài khoản của Nguyễn Văn An (VN-5521)."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Vui lòng khóa tài khoản của Nguyễn Văn An (VN-5521) vào 30/11 sau khi kiểm tra an ninh như thường lệ. Không cần trả lại sạc."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Swedish (sv)", () => {
  it.each([
    ["Stäng Oscar Lundqvists konto (SE-5521) utan säkerhetskontroll."],
    ["Stäng Emma Nilssons konto (SE-5590) nu, vi kör utan säkerhetskontrollen den här gången."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Stäng Oscar Lundqvists konto (SE-5521) den 30/11 efter den vanliga säkerhetskontrollen. Utan passerkort kommer hon inte in efter det."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
