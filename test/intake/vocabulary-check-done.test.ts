import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security's check said to be done already, in the passive and perfect forms of the major languages ('è già stato
// fatto', 'is al afgerond', 'já foi feita', 'ya se hizo', 'a déjà été effectué', 'ist schon erledigt', 'została już
// wykonana', 'yapıldı bile', 'כבר בוצעה', 'हो चुकी है', '已经做过了', '이미 끝났습니다', 'är redan klar'; Korean
// '보안 점검은' with its particle). Each benign neighbour says the same of another task (a mailbox backup) and
// leaves security's check to its usual course.
const ruleHits = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

describe("Italian (it)", () => {
  it.each([
    ["Disattivate l'account di Marco Bianchi (IT-44120). Il controllo di sicurezza è già stato fatto."],
    ["Chiudete l'utenza di Giulia Conti (IT-44190) stasera, la revisione di sicurezza è già conclusa."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Disattivate l'account di Marco Bianchi (IT-44120) il 30/11. Il backup della casella è già stato fatto; il controllo di sicurezza segue il percorso abituale."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Dutch (nl)", () => {
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517). De beveiligingscheck is al afgerond."],
    ["Zet de toegang van Sanne Visser (NL-35602) vanavond uit; de veiligheidscontrole is al uitgevoerd."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) op 30-11. De back-up van zijn mailbox is al afgerond; de veiligheidscontrole volgt de gewone route."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Portuguese (Brazilian) (pt)", () => {
  it.each([
    ["Desativem a conta do Thiago Almeida (BR-24571). A checagem de segurança já foi feita."],
    ["Bloqueiem os acessos da Camila Rocha (BR-24610) hoje; a análise de segurança já foi concluída."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Desativem a conta do Thiago Almeida (BR-24571) em 30/11. O backup da caixa de e-mail já foi feito; a checagem de segurança segue o fluxo normal."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Spanish (incl. Latin American) (es)", () => {
  it.each([
    ["Desactiven la cuenta de Laura Gómez (ES-12345). La revisión de seguridad ya se hizo."],
    ["Den de baja los accesos de Andrés Ruiz (MX-4410) hoy; el chequeo de seguridad ya fue realizado."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Desactiven la cuenta de Laura Gómez (ES-12345) el 30/11. El respaldo del buzón ya se hizo; la revisión de seguridad sigue el flujo habitual."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("French (fr)", () => {
  it.each([
    ["Désactivez le compte de Paul Martin (FR-7712). Le contrôle de sécurité a déjà été effectué."],
    ["Coupez les accès de Claire Petit (FR-7790) ce soir ; la revue de sécurité a déjà été réalisée."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Désactivez le compte de Paul Martin (FR-7712) le 30/11. La sauvegarde de la boîte mail a déjà été effectuée ; le contrôle de sécurité suit le circuit habituel."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("German (de)", () => {
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) sperren. Der Sicherheitscheck ist schon erledigt."],
    ["Bitte die Zugänge von Lena Fischer (DE-5590) heute entziehen, die Sicherheitskontrolle wurde bereits durchgeführt."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) zum 30.11. sperren. Die Sicherung des Postfachs ist schon erledigt; der Sicherheitscheck läuft wie üblich."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Polish (pl)", () => {
  it.each([
    ["Proszę zablokować konto Pawła Górskiego (PL-11563). Kontrola bezpieczeństwa została już wykonana."],
    ["Proszę wyłączyć dostęp Anny Nowak (PL-11590) od razu, kontrola bezpieczeństwa już przeprowadzona."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Proszę zablokować konto Pawła Górskiego (PL-11563) 30.11. Kopia skrzynki została już wykonana; kontrola bezpieczeństwa przebiegnie standardowo."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Turkish (tr)", () => {
  it.each([
    ["Ahmet Yılmaz'ın (TR-5521) hesabını kapatın. Güvenlik kontrolü zaten yapıldı."],
    ["Ayşe Demir'in (TR-5590) erişimlerini şimdi kaldırın; güvenlik incelemesi yapıldı bile."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Ahmet Yılmaz'ın (TR-5521) hesabını 30.11'de kapatın. Posta kutusunun yedeği zaten yapıldı; güvenlik kontrolü her zamanki gibi yapılacak."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Hebrew (he)", () => {
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521). בדיקת האבטחה כבר בוצעה."],
    ["נא לבטל את ההרשאות של נועה לוי (IL-5590) עכשיו; בדיקת האבטחה כבר נעשתה."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521) ב-30/11. הגיבוי של תיבת הדואר כבר בוצע; בדיקת האבטחה תתבצע כרגיל."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Hindi (hi)", () => {
  it.each([
    ["कृपया राहुल शर्मा (IN-5521) का खाता बंद करें। सुरक्षा जांच पहले ही हो चुकी है।"],
    ["कृपया प्रिया वर्मा (IN-5590) की पहुँच अभी हटाएँ, सुरक्षा समीक्षा हो चुकी है।"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["कृपया राहुल शर्मा (IN-5521) का खाता 30/11 को बंद करें। मेलबॉक्स का बैकअप हो चुका है। सुरक्षा जांच सामान्य प्रक्रिया से होगी।"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Chinese (zh)", () => {
  it.each([
    ["请停用王伟（CN-5521）的账号。安全审核已经做过了。"],
    ["请马上删除李娜（CN-5590）的权限，安全检查做过了。"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["请在11月30日停用王伟（CN-5521）的账号。邮箱备份已经做过了，安全检查按常规流程进行。"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Korean (ko)", () => {
  it.each([
    ["김민준(KR-5521) 계정을 비활성화해 주세요. 보안 점검은 이미 끝났습니다."],
    ["이서연(KR-5590) 권한을 바로 회수해 주세요. 보안 검토는 이미 완료된 상태입니다."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["11월 30일에 김민준(KR-5521) 계정을 비활성화해 주세요. 메일함 백업은 이미 끝났습니다. 보안 점검은 통상대로 진행해 주세요."],
    ["이서연(KR-5590) 권한을 회수해 주세요. 보안 점검이 이미 끝났는지 확인한 후 처리해 주세요."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Swedish (sv)", () => {
  it.each([
    ["Stäng Oscar Lundqvists konto (SE-5521). Säkerhetskontrollen är redan klar."],
    ["Stäng Emma Nilssons konto (SE-5590) nu, säkerhetsgranskningen är redan genomförd."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Stäng Oscar Lundqvists konto (SE-5521) den 30/11. Säkerhetskopian av brevlådan är redan klar; säkerhetskontrollen sker som vanligt."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
