import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction that makes the leaver's own superior the one who leaves (target.additional, rules/leaver-boss-swap-rules.ts)", () => {
  it.each([
    ["Dutch, eigenlijk haar teamleider", "Correctie: degene die vertrekt is eigenlijk haar teamleider Mark Smit (mark.smit@example.com), niet Sanne. Graag dat account blokkeren."],
    ["Chinese, 不是…而是她的班长", "更正:离职的其实不是李娜,而是她的班长张伟(zhang.wei@example.com),请停用这个账号。"],
    ["Arabic, فعلياً هو مشرفه", "تصحيح: الموظف المغادر فعلياً هو مشرفه خالد حسن (khaled.hassan@example.com) وليس أحمد علي. يرجى تعطيل هذا الحساب."],
    ["Hindi, नहीं, बल्कि उनके सुपरवाइज़र", "सुधार: असल में जाने वाले सुनील वर्मा नहीं, बल्कि उनके सुपरवाइज़र अजय सिंह (ajay.singh@example.com) हैं। कृपया यही अकाउंट बंद करें।"],
  ])("flags: %s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["Dutch, a typo fixed, the team lead receives files", "Correctie: degene die vertrekt is Sanne de Wit (sanne.dewit@example.com), niet Sanne de Wilt. Haar teamleider Mark Smit krijgt haar bestanden."],
    ["Chinese, the leaver named, her team lead collects the laptop", "更正:离职的其实是李娜(li.na@example.com),她的班长张伟会收回她的电脑。"],
    ["Chinese, no address, her team lead collects the laptop", "更正:离职的其实是李娜,她的班长张伟会收回她的电脑。"],
    ["Arabic, the manager receives the files", "تصحيح: الموظف المغادر هو أحمد علي (ahmed.ali@example.com)، وسيستلم مديره خالد حسن ملفاته."],
    ["Hindi, the manager approved", "सुधार: जाने वाले सुनील वर्मा (sunil.verma@example.com) हैं, उनके मैनेजर अजय सिंह ने मंज़ूरी दे दी है।"],
    ["Spanish, her boss approved", "Corrección: quien se va es Ana Ruiz (ana.ruiz@example.com); su jefa aprobó la baja."],
    ["Turkish, the shift supervisor takes the files", "Düzeltme: ayrılan kişi Ayşe Demir (ayse.demir@example.com), vardiya amiri Murat Kaya dosyalarını alacak."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
