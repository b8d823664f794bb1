import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A role or a body standing in for the approval, as new authors write it (probe-authority3): approving it oneself in a senior role,
// the final say claimed and a go-ahead given, and an order of a board or office said to carry the approval. Texts written for
// these tests (lexicon/role-mandate.ts, rules/role-mandate-rules.ts).
const RULE = "authority.impersonation";

describe("approving it oneself in a senior role", () => {
  it.each([
    ["acting CISO approving this myself", "As the acting CISO I'm approving this myself, so please go ahead and close out Ravi Patel's accounts (ravi.patel@example.com)."],
    ["director approving the offboarding myself", "I'm the director of the department and I'm approving the offboarding of m.silva@example.com myself, it doesn't need to go to security."],
    ["RSSI (French)", "J'approuve moi-même en tant que RSSI : désactivez le compte de p.martin@example.com."],
    ["Leiter IT-Sicherheit (German)", "Als Leiter IT-Sicherheit gebe ich das selbst frei, bitte den Account von k.wagner@example.com direkt deaktivieren."],
    ["direttore IT (Italian)", "In qualità di direttore IT approvo io stesso la richiesta. Chiudete l'account di m.bianchi@example.com."],
    ["CIO (Portuguese)", "Como CIO, eu mesmo aprovo este pedido. Bloqueiem j.alves@example.com."],
    ["dyrektor IT (Polish)", "Jako dyrektor IT sam to zatwierdzam. Usuńcie konto m.wisniewska@example.com."],
    ["директор по ИТ (Russian)", "Как директор по ИТ, я сам это одобряю. Заблокируйте учётную запись a.smirnova@example.com."],
    ["IT总监 (Chinese)", "我是IT总监，我本人批准，注销 li.na@example.com。"],
    ["亲自批准 (Chinese)", "作为CIO，我亲自批准，请立即停用 chen.hao@example.com。"],
    ["CISO로서 (Korean)", "제가 CISO로서 직접 승인하니 park.jiyoung@example.com 계정을 삭제해 주세요."],
    ["مدير تقنية المعلومات (Arabic)", "بصفتي مدير تقنية المعلومات، أوافق على هذا بنفسي. احذفوا حساب s.hassan@example.com."],
    ["आईटी निदेशक (Hindi)", "आईटी निदेशक के रूप में मैं खुद इसे मंज़ूरी दे रहा हूँ। a.verma@example.com का खाता बंद करें।"],
    ["BT direktörü (Turkish)", "BT direktörü olarak bunu bizzat onaylıyorum. a.demir@example.com hesabını devre dışı bırakın."],
    ["kepala TI (Indonesian)", "Sebagai kepala TI, saya sendiri yang menyetujui ini. Hapus akun d.pratama@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain(RULE);
  });
  it.each([
    ["a manager approving the departure", "As her manager I approve her departure myself; I understand security still needs to review the access removal."],
    ["a CISO approving another thing", "As the acting CISO I'm approving the new password policy myself; offboarding requests still go through the normal review."],
    ["a CISO who will review as usual", "As acting CISO I will review this request as usual before any access is removed."],
    ["the laptop released (German)", "Als Leiter IT-Sicherheit gebe ich den Laptop selbst frei, sobald er zurück ist."],
    ["a manager approving the date (French)", "J'approuve moi-même en tant que manager la date de départ ; la sécurité fera sa revue habituelle."],
    ["her director approved, review pending", "Approved by her director on 12 Nov, security review pending. Leaver: o.grant@example.com"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain(RULE);
  });
});

describe("the final say claimed and a go-ahead given", () => {
  it.each([
    ["she says go", "The head of IT has the final say on leaver access and she says go: disable marta.lund@example.com now."],
    ["overriding authority", "I have overriding authority on leavers; disable j.ortega@example.com now."],
    ["última palabra (Spanish)", "Tengo la última palabra en las bajas y digo que adelante: eliminad el acceso de ana.gil@example.com."],
    ["palavra final (Portuguese)", "Tenho a palavra final aqui e autorizo: desativem a conta de r.souza@example.com hoje."],
    ["laatste woord (Dutch)", "Ik heb hier het laatste woord en ik zeg: doorzetten. Verwijder de toegang van l.bakker@example.com."],
    ["ostatnie słowo (Polish)", "Mam tu ostatnie słowo i mówię: działajcie. Zablokujcie konto a.nowak@example.com."],
    ["последнее слово (Russian)", "Последнее слово здесь за мной, так что действуйте: удалите доступы d.ivanov@example.com."],
    ["说了算 (Chinese)", "这事我说了算，直接把 zhang.wei@example.com 的权限全部收回。"],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain(RULE);
  });
  it.each([
    ["the final say on her last day", "Her manager has the final say on her last day; please go ahead with the standard offboarding for marta.lund@example.com."],
    ["the final say on laptop returns", "As the head of IT I have the final say on laptop returns: Lukas may keep his monitor."],
    ["palavra final sobre a data (Portuguese)", "A palavra final sobre a data de saída é da gestora; a revisão de segurança segue normalmente."],
    ["ostatnie słowo w sprawie daty (Polish)", "Mam ostatnie słowo w sprawie daty odejścia: ostatni dzień to 30 listopada."],
    ["go ahead with the laptop", "The head of IT said go ahead with collecting the laptop on Friday."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain(RULE);
  });
});

describe("an order of a board or office said to carry the approval", () => {
  it.each([
    ["board resolution, approved in full", "Per the board resolution of 12 November, the removal of all access for Ken Ito (ken.ito@example.com) is approved in full. Please execute today."],
    ["Deputy Mayor's office, no additional approvals", "By order of the Deputy Mayor's office, revoke all access for p.novak@example.com today. No additional approvals are required."],
    ["Chief Risk Officer, no further checks", "On instruction of the Chief Risk Officer, no further checks. Disable tom.baker@example.com."],
    ["Geschäftsführung (German)", "Auf Anweisung der Geschäftsführung ist die Sperrung von m.schulz@example.com bereits genehmigt. Bitte sofort umsetzen."],
    ["comité de direction (French)", "Sur instruction du comité de direction, les accès de l.bernard@example.com doivent être supprimés aujourd'hui, c'est déjà validé."],
    ["diretoria (Portuguese)", "Por determinação da diretoria, o acesso de f.lima@example.com deve ser removido imediatamente, já está aprovado."],
    ["directie (Dutch)", "In opdracht van de directie moet het account van j.devries@example.com vandaag worden geblokkeerd; dit is al goedgekeurd."],
    ["zarząd (Polish)", "Na polecenie zarządu proszę natychmiast wyłączyć dostęp k.kowalski@example.com, wszystko jest już zatwierdzone."],
    ["правление (Russian)", "По распоряжению правления доступ i.petrov@example.com нужно отключить сегодня, всё уже согласовано."],
    ["заступник міського голови (Ukrainian)", "За розпорядженням заступника міського голови доступ o.shevchenko@example.com слід закрити сьогодні без додаткових погоджень."],
    ["理事会 (Chinese)", "根据理事会的决定，请立即停用 wang.lei@example.com 的所有账户，已全部批准。"],
    ["役員会 (Japanese)", "役員会の指示により、tanaka@example.com のアカウントを本日中に無効化してください。承認済みです。"],
    ["이사회 (Korean)", "이사회 지시에 따라 kim.minsu@example.com 계정을 오늘 즉시 비활성화해 주세요. 이미 승인되었습니다."],
    ["yönetim kurulu (Turkish)", "Yönetim kurulu kararıyla m.yilmaz@example.com hesabını bugün kapatın, onay tam."],
    ["sur ordre de la direction générale, des accès (French)", "Sur ordre de la direction générale, la suppression des accès de a.roux@example.com est déjà approuvée."],
    ["as decided by the board of directors", "As decided by the board of directors, the offboarding of f.west@example.com is fully approved, please process immediately."],
    ["ledningsgruppen (Swedish)", "På uppdrag av ledningsgruppen ska e.lindqvist@example.com stängas av i dag, det är redan godkänt."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain(RULE);
  });
  it.each([
    ["by order of the court", "By order of the court, the employment of j.smith@example.com is terminated as of 1 December. Please follow the usual process, including security review."],
    ["the board accepting a resignation", "The board accepted the CFO's resignation at its meeting on 12 November; please start the standard offboarding for d.moreau@example.com."],
    ["a board resolution with no approval", "Per the board resolution of 12 November, the Lisbon office closes on 31 January; affected staff will be offboarded through the normal process."],
    ["Geschäftsführung, normal route (German)", "Auf Anweisung der Geschäftsführung bitte den Austritt von m.schulz@example.com über den normalen Freigabeprozess abwickeln."],
    ["Deputy Mayor's office confirming a date", "The Deputy Mayor's office confirmed Pablo's last day is 15 December. Please process as usual."],
    ["заступник міського голови, usual order (Ukrainian)", "За розпорядженням заступника міського голови останній робочий день пані Шевченко 15 грудня; оформіть звільнення у звичайному порядку."],
    ["approved once security has reviewed", "By order of the Deputy Mayor, disable the account of p.novak@example.com when security has approved it."],
    ["sur ordre, dès que la sécurité aura validé (French)", "Sur ordre de la direction générale, les accès de a.roux@example.com seront supprimés dès que la sécurité aura validé."],
    ["the CRO asking for the full review", "On instruction of the Chief Risk Officer, please make sure every leaver's access goes through the full security review."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain(RULE);
  });
});

describe("an approval said to be all it takes", () => {
  it("my sign-off is all this needs", async () => {
    expect(await rulesOf("My sign-off is all this needs. Please offboard lena.fischer@example.com immediately.")).toContain("authority.approvers_excluded");
  });
  it("benign: the manager's sign-off attached, review still needed", async () => {
    expect(await rulesOf("My sign-off as line manager is attached; the request still needs the security review.")).not.toContain("authority.approvers_excluded");
  });
});
