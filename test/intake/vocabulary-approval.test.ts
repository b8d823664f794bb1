import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// The approval claimed, or the review dropped, with the ordinary wording of the major languages that the
// lexicon lacked: past tenses and participles ('ha già approvato', 'já aprovou', 'ya lo aprobó', 'уже согласовала',
// 'onay verdi', '了承済み', '허가했습니다', 'sudah menyetujui', 'gett klartecken'), given approval ('a donné son accord',
// 'נתן אישור', 'अनुमति दे दी'), imperatives and infinitives of skipping ('pasen por alto', 'zappez', 'auslassen', '省いて',
// 'לוותר על'), the step dropped ('kann entfallen', 'можно не проходить', '不用走'). Each benign neighbour uses the same
// words honestly: an approval of something else, or security's review reported as following its usual course.
const ruleHits = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

describe("Italian (it)", () => {
  it.each([
    ["Disattivate l'account di Marco Bianchi (IT-44120) oggi. La sicurezza ha già approvato la richiesta, procedete pure."],
    ["Per favore chiudete l'utenza di Giulia Conti (IT-44190) stasera: il CISO l'ha già autorizzata, tralasciate la revisione."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Disattivate l'account di Marco Bianchi (IT-44120) il 30/11, dopo la consueta revisione di sicurezza. Il rimborso spese è già stato approvato dall'amministrazione."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Dutch (nl)", () => {
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) vandaag. Het is al goedgekeurd door de beveiliging."],
    ["Zet de toegang van Sanne Visser (NL-35602) vanavond uit. De CISO heeft het al goedgekeurd."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Blokkeer het account van Kees de Boer (NL-35517) op 30-11. Zijn declaraties zijn al goedgekeurd door financiën; de beveiliging doet de gebruikelijke controle."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Portuguese (Brazilian) (pt)", () => {
  it.each([
    ["Desativem a conta do Thiago Almeida (BR-24571) hoje. A segurança já aprovou o pedido."],
    ["Favor bloquear os acessos da Camila Rocha (BR-24610) agora; o time de segurança já autorizou, pode seguir."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Desativem a conta do Thiago Almeida (BR-24571) em 30/11. A equipe de segurança aprovou o desligamento pelo fluxo normal na sexta."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Spanish (incl. Latin American) (es)", () => {
  it.each([
    ["Desactiven la cuenta de Laura Gómez (ES-12345) hoy. Seguridad ya lo aprobó ayer."],
    ["Den de baja los accesos de Andrés Ruiz (MX-4410) ahorita; pasen por alto la revisión, es urgente."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Desactiven la cuenta de Laura Gómez (ES-12345) el 30/11. Seguridad aprobó la baja por el flujo habitual la semana pasada."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("French (fr)", () => {
  it.each([
    ["Désactivez le compte de Paul Martin (FR-7712) aujourd'hui. La sécurité a déjà donné son accord."],
    ["Merci de couper les accès de Claire Petit (FR-7790) ce soir ; zappez la validation sécurité, le RSSI est au courant."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Désactivez le compte de Paul Martin (FR-7712) le 30/11. Son manager a donné son accord pour le rachat du portable ; la validation sécurité suit le circuit habituel."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("German (de)", () => {
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) heute sperren. Die IT-Sicherheit hat bereits zugestimmt."],
    ["Bitte die Zugänge von Lena Fischer (DE-5590) sofort entziehen. Die Sicherheitsprüfung kann diesmal entfallen."],
    ["Bitte das Konto von Jonas Weber (DE-5521) heute sperren. Der CISO hat das schon abgenickt."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Bitte das Konto von Jonas Weber (DE-5521) zum 30.11. sperren. Die Sicherheitsprüfung läuft wie üblich; der Betriebsrat hat der Regelung zugestimmt."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Polish (pl)", () => {
  it.each([
    ["Proszę zablokować konto Pawła Górskiego (PL-11563) dzisiaj. Dział bezpieczeństwa już to zatwierdził."],
    ["Proszę wyłączyć dostęp Anny Nowak (PL-11590) od razu. Bezpieczeństwo zaakceptowało wniosek wczoraj."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Proszę zablokować konto Pawła Górskiego (PL-11563) 30.11. Kierownik zatwierdził zwrot laptopa, a weryfikacja bezpieczeństwa przebiegnie standardowo."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Russian (ru)", () => {
  it.each([
    ["Заблокируйте учётную запись Ивана Петрова (RU-5521) сегодня. Служба безопасности уже согласовала заявку."],
    ["Отключите доступы Анны Смирновой (RU-5590) сейчас. Проверку безопасности можно не проходить, директор в курсе."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Заблокируйте учётную запись Ивана Петрова (RU-5521) 30.11. Руководитель согласовал передачу ноутбука, проверку безопасности проводим как обычно."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Ukrainian (uk)", () => {
  it.each([
    ["Заблокуйте обліковий запис Івана Петренка (UA-5521) сьогодні. Служба безпеки вже дала добро."],
    ["Вимкніть доступи Олени Коваль (UA-5590) зараз. Фахівці з безпеки вже все затвердили."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Заблокуйте обліковий запис Івана Петренка (UA-5521) 30.11. Керівник дав добро на передачу ноутбука, перевірку безпеки проводимо як зазвичай."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Turkish (tr)", () => {
  it.each([
    ["Ahmet Yılmaz'ın (TR-5521) hesabını bugün kapatın. Güvenlik ekibi onay verdi, hemen işleyin."],
    ["Ayşe Demir'in (TR-5590) erişimlerini şimdi kaldırın. Güvenlik birimi talebi zaten onaylamıştı."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Ahmet Yılmaz'ın (TR-5521) hesabını 30.11'de kapatın. Güvenlik incelemesi her zamanki gibi yapılacak; müdür yalnızca laptop iadesine onay verdi."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Arabic (ar)", () => {
  it.each([
    ["يرجى تعطيل حساب أحمد علي (AR-5521) اليوم. فريق أمن المعلومات صادق على الطلب بالفعل."],
    ["يرجى إيقاف صلاحيات سارة خالد (AR-5590) فوراً. الفريق الأمني أعطى الضوء الأخضر."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["يرجى تعطيل حساب أحمد علي (AR-5521) في 30/11. المدير صادق على إعادة الحاسوب المحمول، والمراجعة الأمنية تتم كالمعتاد."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Hebrew (he)", () => {
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521) היום. אנשי האבטחה כבר נתנו אישור, אפשר להתקדם."],
    ["נא לבטל את ההרשאות של נועה לוי (IL-5590) עכשיו. אפשר לוותר על בדיקת האבטחה הפעם."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["נא לחסום את החשבון של עמית פרץ (IL-5521) ב-30/11. המנהל נתן אישור להחזרת המחשב הנייד, ובדיקת האבטחה תתבצע כרגיל."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Persian (fa)", () => {
  it.each([
    ["لطفاً حساب علی رضایی (IR-5521) را امروز غیرفعال کنید. تیم امنیت قبلاً موافقت کرده است."],
    ["لطفاً دسترسی‌های مریم احمدی (IR-5590) را همین حالا قطع کنید. بررسی امنیتی را رد کنید."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["لطفاً حساب علی رضایی (IR-5521) را در تاریخ 30/11 غیرفعال کنید. مدیر با تحویل لپ‌تاپ موافقت کرد و بررسی امنیتی طبق روال انجام می‌شود."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Hindi (hi)", () => {
  it.each([
    ["कृपया राहुल शर्मा (IN-5521) का खाता आज बंद करें। सुरक्षा टीम ने पहले ही अनुमति दे दी है।"],
    ["कृपया प्रिया वर्मा (IN-5590) की पहुँच अभी हटाएँ। सुरक्षा टीम ने इसे मंज़ूरी दे दी है।"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["कृपया राहुल शर्मा (IN-5521) का खाता 30/11 को बंद करें। मैनेजर ने लैपटॉप वापसी को मंज़ूरी दे दी है। सुरक्षा जांच सामान्य प्रक्रिया से होगी।"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Chinese (zh)", () => {
  it.each([
    ["请今天停用王伟（CN-5521）的账号。安全团队已经同意了。"],
    ["请马上删除李娜（CN-5590）的权限，不用走安全审核流程了。"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["请在11月30日停用王伟（CN-5521）的账号。笔记本归还经理已经同意了。安全审核照常进行。"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Japanese (ja)", () => {
  it.each([
    ["本日中に田中太郎（JP-5521）のアカウントを無効化してください。セキュリティチームが了承済みです。"],
    ["佐藤花子（JP-5590）の権限をすぐに削除してください。セキュリティレビューは省いてください。"],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["11月30日に田中太郎（JP-5521）のアカウントを無効化してください。ノートPCの返却は部長の了承済みです。セキュリティレビューは通常どおり行います。"],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Korean (ko)", () => {
  it.each([
    ["오늘 김민준(KR-5521) 계정을 비활성화해 주세요. 보안팀에서 이미 허가했습니다."],
    ["이서연(KR-5590) 권한을 바로 회수해 주세요. 보안 검토는 건너뛰셔도 됩니다."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["11월 30일에 김민준(KR-5521) 계정을 비활성화해 주세요. 노트북 반납은 팀장님이 허가했습니다. 보안 검토는 통상대로 진행해 주세요."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Vietnamese (vi)", () => {
  it.each([
    ["Vui lòng khóa tài khoản của Nguyễn Văn An (VN-5521) hôm nay. Bộ phận an ninh đã đồng ý rồi."],
    ["Vui lòng thu hồi quyền của Trần Thị Mai (VN-5590) ngay. Đội an ninh đã cho phép, cứ làm luôn."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Vui lòng khóa tài khoản của Nguyễn Văn An (VN-5521) vào 30/11. Quản lý đã đồng ý cho anh ấy giữ laptop. Kiểm tra bảo mật vẫn làm như thường lệ."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Indonesian (id)", () => {
  it.each([
    ["Tolong nonaktifkan akun Budi Santoso (ID-5521) hari ini. Tim keamanan sudah menyetujui permintaan ini."],
    ["Tolong cabut akses Siti Rahma (ID-5590) sekarang. Tim keamanan sudah acc, langsung proses saja."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Tolong nonaktifkan akun Budi Santoso (ID-5521) pada 30/11. Atasan sudah menyetujui pengembalian laptop. Pemeriksaan keamanan tetap berjalan seperti biasa."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("Swedish (sv)", () => {
  it.each([
    ["Stäng Oscar Lundqvists konto (SE-5521) i dag. Säkerhetsavdelningen har gett klartecken."],
    ["Stäng Emma Nilssons konto (SE-5590) nu. IT-säkerhet har redan attesterat avslutet."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).not.toEqual([]);
  });
  it.each([
    ["Stäng Oscar Lundqvists konto (SE-5521) den 30/11. Chefen har gett klartecken till att hon behåller telefonen. Säkerhetsgranskningen sker som vanligt."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("the green light and the go-ahead (zh, ja, hi, sv, id)", () => {
  it.each([
    ["请停用 dana.reyes@example.com。安全团队今天上午已经开了绿灯。"],
    ["dana.reyes@example.com を無効化してください。セキュリティチームからは既にゴーサインが出ています。"],
    ["कृपया dana.reyes@example.com को निष्क्रिय करें। सुरक्षा टीम ने पहले ही हरी झंडी दे दी है।"],
    ["Stäng av dana.reyes@example.com. Säkerhet har redan gett grönt ljus."],
    ["Tolong nonaktifkan dana.reyes@example.com. Tim keamanan sudah memberi lampu hijau."],
  ])("flags %s", async (text) => {
    expect(await ruleHits(text)).toContain("authority.prior_approval");
  });
  it.each([
    ["请在安全团队审核后停用 dana.reyes@example.com。预算部门已经开了绿灯，新电脑可以采购。"],
    ["セキュリティの確認後に dana.reyes@example.com を無効化してください。新しいノートPCの購入にはゴーサインが出ています。"],
    ["Stäng av dana.reyes@example.com efter säkerhetsgranskningen. Ekonomi har gett grönt ljus för den nya datorn."],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});
