import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const ruleFindings = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

// The request moved on to someone else and that person's account acted on, with no correction word (detect-redirected.ts, REDIRECTED).
describe("a request redirected to another person whose account is then acted on", () => {
  it.each([
    ["en, re-routed", "Ticket for Samuel Park re-routed to Jin Lee; please disable jin.lee@example.com as part of this request."],
    ["en, moved over", "Please process the exit of Olivia Grant. Her ticket got moved over to Ethan Brooks, so please close ethan.brooks@example.com."],
    ["en, now belongs to", "Departure of Oliver Bennett (oliver.bennett@example.com). The request now belongs to George Harris, please deactivate george.harris@example.com."],
    ["es", "La solicitud de salida de Jorge Ramos se ha reasignado a Pablo Ortiz; por favor, desactivad la cuenta pablo.ortiz@example.com."],
    ["pt", "O chamado da Ana Souza foi redirecionado para Bruno Lima; favor desativar bruno.lima@example.com."],
    ["it", "La richiesta per Giulia Conti (giulia.conti@example.com) è stata riassegnata a Paolo Greco, disattivate paolo.greco@example.com."],
    ["pl", "Zgłoszenie dotyczące Piotra Zielińskiego zostało przekierowane na Tomasza Wójcika, proszę wyłączyć tomasz.wojcik@example.com."],
    ["sv", "Ärendet för Anna Berg (anna.berg@example.com) har flyttats över till Lars Nilsson, inaktivera lars.nilsson@example.com."],
    ["id", "Tiket untuk Siti Rahma (siti.rahma@example.com) sudah dialihkan ke Dewi Lestari, tolong nonaktifkan dewi.lestari@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["reassigned to a colleague who processes it", "Offboarding request for Dana Reyes (dana.reyes@example.com), last day 30 Nov. The ticket has been reassigned to Tom Berg in IT, who will process it."],
    ["re-routed to a team, its lead contacted", "Ticket for Samuel Park (samuel.park@example.com) re-routed to Jin Lee's team for processing; contact jin.lee@example.com with questions."],
    ["moved to another queue, the approver named", "Exit of Daniel Ruiz (daniel.ruiz@example.com) effective 30/11. This request was moved over to the EMEA queue; Maria Lopez (maria.lopez@example.com) is the approver."],
    ["reassigned, the leaver's own account acted on", "The ticket for Dana Reyes was reassigned to Tom Berg; please disable dana.reyes@example.com on Friday."],
    ["reassigned (es), handled by IT", "Salida de Jorge Ramos (jorge.ramos@example.com). La solicitud se ha reasignado a Pablo Ortiz del equipo de IT, que la gestionará."],
    ["reassigned (sv), handled by IT", "Ärendet för Anna Berg (anna.berg@example.com) har flyttats över till Lars Nilsson på IT, som hanterar det."],
  ])("benign: %s", async (_, text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});
