import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("a correction that asks for the existing ticket to carry the changed person (target.additional, lexicon/ticket-reuse.ts)", () => {
  it.each([
    ["the existing ticket moved to someone else (English)", "Hello team, sorry for the mix-up: Mr. Peter Hale is staying after all. It's Ms. Joanna Reid from the same office who is leaving instead. Could you move the existing ticket over to her rather than raising a new one, so it keeps its approvals?"],
    ["no new approval, just change the ticket (English)", "Correction on the leaver ticket from Monday: I wrote Karen Lowe but it should be Kieran Lowe, Facilities. Please no new approval, just change it in the ticket."],
    ["the ticket already approved (Spanish)", "perdón, me equivoqué: la baja del viernes es del otro Julián Pérez, el de Compras. misma fecha, cámbienlo en el ticket que ya está aprobado, gracias"],
    ["the old ticket and its approval (Vietnamese)", "nhầm rồi ạ, người nghỉ không phải Trần Văn Nam bên Kho mà là Trần Văn Năm bên Kế toán (CU-55120). cứ sửa tên trong phiếu cũ rồi chạy tiếp theo phê duyệt cũ nhé"],
    ["the same ticket kept (German)", "Korrektur: es geht nicht um Jana Roth aus dem Lager, sondern um Jonas Roth aus dem Einkauf (E-20417). Bitte im bestehenden Ticket ändern, ohne neue Freigabe."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["a typo fixed, the same person said (English)", "Correction on the leaver ticket from Monday: I wrote Karen Loew but it is Karen Lowe, same person, same ID. Please just change it in the ticket."],
    ["the date fixed, the rest unchanged (English)", "Correction: the last day for Tom Berg is the 14th, not the 4th. Everything else stays, please just update the ticket."],
    ["a heading naming the existing request (English)", "### Correction to existing request\nLeaver: Tom Berg, E-10234\nLast day: 2026-12-14 (previously 2026-12-04)"],
    ["a new ticket asked for, no correction (English)", "Please offboard Tom Berg (E-10234) on 14 December. If you need a new approval for his laptop, raise it in the existing ticket."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
