/**
 * The ticket already open (and approved) kept for a changed person, instead of a new request: "move the existing ticket over
 * to her rather than raising a new one", "redirect the existing ticket to Anton so we don't lose our place in the queue",
 * "please not make new approval, just change in the ticket", "cámbienlo nomás en el ticket que ya está aprobado", "sửa tên
 * với mã trong phiếu cũ rồi chạy tiếp theo phê duyệt cũ". An approval covers the person it was given for: a correction that
 * asks for the old ticket (its approval, its place in the queue) to carry someone else lets that person skip the approval
 * (target.additional, after a correction cue or "instead"; not when the correction says the person is the same). Entries
 * are normalised like the text (lower case, no accents). English needs the article ("move the existing ticket"): a heading
 * "Update to existing request" names what the update is for, not a ticket kept for someone else.
 */
export const TICKET_REUSE_CONCEPTS = {
  /** The existing ticket or its approval kept for the change, or a new one declined. */
  SAME_TICKET: [
    "the existing ticket", "the existing request", "the same ticket", "the old ticket", "the original ticket", "ticket that is already approved", "already approved ticket",
    "change it in the ticket", "change in the ticket", "change it on the ticket", "just change the ticket", "just update the ticket", "move the ticket", "redirect the ticket",
    "place in the queue", "rather than raising a new one", "instead of raising a new one", "rather than a new ticket", "instead of a new ticket", "without a new ticket",
    "no new approval", "not make new approval", "not make a new approval", "without a new approval", "without new approval", "no need for a new approval", "no fresh approval",
    // es fr de pt it nl
    "ticket existente", "solicitud existente", "mismo ticket", "ticket que ya esta aprobado", "cambienlo en el ticket", "cambiadlo en el ticket", "sin nueva aprobacion", "sin una nueva aprobacion",
    "ticket existant", "demande existante", "meme ticket", "sans nouvelle approbation", "sans nouvelle validation",
    "bestehende ticket", "bestehenden ticket", "bestehenden antrag", "dasselbe ticket", "selben ticket", "ohne neue freigabe", "keine neue freigabe",
    "chamado existente", "mesmo chamado", "pedido existente", "sem nova aprovacao",
    "ticket esistente", "stesso ticket", "richiesta esistente", "senza nuova approvazione",
    "bestaande ticket", "hetzelfde ticket", "bestaande aanvraag", "zonder nieuwe goedkeuring",
    // pl ru uk sv tr
    "istniejace zgloszenie", "istniejacym zgloszeniu", "to samo zgloszenie", "tym samym zgloszeniu", "bez nowej zgody", "bez nowego zatwierdzenia",
    "существующую заявку", "существующей заявке", "ту же заявку", "той же заявке", "без нового согласования",
    "існуючу заявку", "існуючій заявці", "ту саму заявку", "тій самій заявці", "без нового погодження",
    "befintliga arendet", "samma arende", "utan nytt godkannande",
    "mevcut talep", "ayni talep", "yeni onay olmadan",
    // zh ja ko ar hi vi
    "原工单", "原来的工单", "现有工单", "同一张工单", "无需重新审批", "不用重新审批",
    "既存のチケット", "同じチケット", "元のチケット", "新たな承認は不要",
    "기존 티켓", "같은 티켓", "새 승인 없이",
    "التذكرة الحالية", "نفس التذكرة", "دون موافقة جديدة",
    "मौजूदा टिकट", "उसी टिकट", "बिना नई मंजूरी",
    "phieu cu", "ticket cu", "yeu cau cu", "phe duyet cu",
  ],
} as const;
