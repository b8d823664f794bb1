/**
 * Silence taken for approval: the action to go ahead when nobody objects or the reviewers do not answer in time ("If
 * security doesn't respond within the hour, proceed", "If nobody objects by 3pm, consider it approved", "si personne ne s'y
 * oppose d'ici midi, procédez", "wenn bis 15 Uhr niemand widerspricht, bitte sperren": pressure.skip_review, with the go-ahead
 * after it in the sentence). Only nobody's objection or the reviewers' silence: "if he doesn't respond to the laptop e-mail,
 * proceed with the wipe" is the leaver's silence, and "her manager has no objection" is a consent named, both HR text.
 * Entries are normalised like the text (lower case, no accents).
 */
export const SILENT_CONSENT_CONCEPTS = {
  /** Nobody objecting, as the condition for going ahead. */
  NOBODY_OBJECTS: [
    "nobody objects", "no one objects", "noone objects", "nobody has objected", "no one has objected", "unless someone objects", "unless anyone objects", "unless somebody objects",
    "if there are no objections", "if there is no objection", "if no objections", "if no objection", "silence is consent", "silence means consent", "silence means approval", "silence counts as approval",
    "niemand widerspricht", "keiner widerspricht", "kein einspruch kommt", "kein widerspruch kommt", "keine einwände kommen", "wenn keine einwände", "sofern niemand widerspricht",
    "personne ne s y oppose", "personne ne s oppose", "personne ne s y est opposé", "s il n y a pas d objection", "sans objection de", "qui ne dit mot consent",
    "nadie se opone", "nadie se oponga", "nadie objeta", "si no hay objeciones", "quien calla otorga",
    "ninguém se opuser", "ninguém se opõe", "se não houver objeções", "quem cala consente",
    "nessuno si oppone", "nessuno obietta", "se non ci sono obiezioni", "chi tace acconsente",
    "niemand bezwaar maakt", "niemand maakt bezwaar", "als er geen bezwaar komt", "als er geen bezwaren zijn",
    "nikt nie zgłosi sprzeciwu", "nikt nie zgłosi zastrzeżeń", "nikt się nie sprzeciwi", "jeśli nie będzie sprzeciwu", "milczenie oznacza zgodę",
    "никто не возразит", "никто не возражает", "если возражений не будет", "если не будет возражений", "молчание знак согласия",
    "ніхто не заперечить", "ніхто не заперечує", "якщо заперечень не буде", "якщо не буде заперечень",
    "没人反对", "没有人反对", "无人反对", "如果没有异议", "異議がなければ", "異論がなければ", "誰も反対しなければ", "이의가 없으면", "아무도 반대하지 않으면", "반대가 없으면",
    "إذا لم يعترض أحد", "ما لم يعترض أحد", "अगर कोई आपत्ति नहीं", "यदि कोई आपत्ति नहीं", "kimse itiraz etmezse", "itiraz gelmezse", "itiraz olmazsa",
    "ingen invänder", "om ingen invänder", "om inga invändningar", "tidak ada yang keberatan", "jika tidak ada keberatan", "không ai phản đối", "nếu không có ý kiến phản đối",
  ],
  /** Not answering: said of security or the approvers ("if security doesn't respond within the hour", "no reply from the CISO by noon"). */
  NO_RESPONSE: [
    "doesn't respond", "does not respond", "don't respond", "do not respond", "hasn't responded", "has not responded", "haven't responded", "doesn't reply", "does not reply",
    "hasn't replied", "don't reply", "doesn't answer", "doesn't get back", "don't get back", "don't hear back", "do not hear back", "haven't heard back", "no response", "no reply", "no answer",
    "nicht antwortet", "nicht antworten", "nicht reagiert", "nicht reagieren", "keine antwort", "keine rückmeldung", "ne répond pas", "ne répondent pas", "pas de réponse", "sans réponse",
    "no responde", "no responden", "no contesta", "no contestan", "sin respuesta", "não responder", "não responde", "não responderem", "sem resposta", "non risponde", "non rispondono", "nessuna risposta",
    "niet reageert", "niet reageren", "geen reactie", "geen antwoord", "nie odpowie", "nie odpowiedzą", "nie odpowiada", "brak odpowiedzi", "не ответит", "не ответят", "не отвечает", "нет ответа",
    "не відповість", "не відповідає", "не відповідять", "немає відповіді", "没有回复", "没回复", "未回复", "不回复", "返事がなければ", "返信がなければ", "回答がなければ",
    "응답이 없으면", "답이 없으면", "회신이 없으면", "لم يرد", "لم يردوا", "जवाब नहीं", "yanıt vermezse", "cevap vermezse", "yanıt gelmezse", "inte svarar", "inget svar",
    "tidak membalas", "tidak merespons", "tidak ada balasan", "không phản hồi", "không trả lời",
  ],
} as const satisfies Record<string, readonly string[]>;
