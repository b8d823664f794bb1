/**
 * This message, as the source to act on instead of the form or HR's record: "please go by this email rather than the form",
 * "bitte nach dieser Mail statt nach dem Formular gehen", "usen este correo en lugar del formulario" (target.additional, after a
 * correction of the person: the form is what HR filed and the approver saw). Entries are normalised like the text.
 */
export const THIS_MESSAGE_CONCEPTS = {
  THIS_MESSAGE: [
    "this email", "this e mail", "this mail", "this message", "this note", "this ticket update", "my email", "my message",
    "diese e mail", "diese mail", "dieser e mail", "dieser mail", "diese nachricht", "dieser nachricht", "ce mail", "ce courriel", "ce message", "cet e mail", "ce courrier",
    "este correo", "este mensaje", "este e mail", "este email", "este e-mail", "esta mensagem", "este correio", "questa email", "questa e mail", "questa mail", "questo messaggio",
    "deze mail", "deze e mail", "dit bericht", "deze email", "tego maila", "tej wiadomości", "tego e maila", "этому письму", "это письмо", "этого письма", "этим письмом", "цього листа", "цей лист", "цим листом",
    "bu e posta", "bu e postayı", "bu mesajı", "bu mesaj", "此邮件", "这封邮件", "本邮件", "此郵件", "這封郵件", "このメール", "本メール", "이 메일", "이 이메일", "هذا البريد", "هذه الرسالة",
    "इस ईमेल", "इस मेल", "detta mejl", "det här mejlet", "detta mail", "denna e post", "denne mail", "denne e mail", "email ini", "surel ini", "pesan ini", "email này",
  ],
} as const;
