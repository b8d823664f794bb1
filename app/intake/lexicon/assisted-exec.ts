/**
 * An assistant's or secretary's job title that names the executive they work for (mask-assisted-exec.ts drops the EXEC
 * hits of that executive before the rules read them): "Leaver: Tom Reid, Executive Assistant to the Chief Operating
 * Officer", "PA to the CFO", "Assistentin des Vorstandsvorsitzenden", "помощник генерального директора", "CEO助理". The
 * leaver is the assistant, not the executive; "also disable the COO's account" names the executive outside such a title
 * and stays EXEC. Entries are normalised like the text (lower case, no accents); see override.ts for the syntax.
 */
export const ASSISTED_EXEC_CONCEPTS = {
  /** The assistant's title, then the executive right after it (with "to the", "of the", "des", or a genitive). */
  ASSISTANT_OF: [
    "assistant to", "assistant to the", "assistant for the", "assistant of the", "pa to", "pa to the", "ea to", "ea to the", "secretary to", "secretary to the",
    "aide to", "aide to the", "chief of staff to", "chief of staff to the", "office coordinator to the",
    // es fr it pt
    "asistente del", "asistente de la", "asistente de dirección del", "asistente ejecutiva del", "asistente ejecutivo del", "secretaria del", "secretario del", "secretaria de la",
    "assistant du", "assistante du", "assistant de la", "assistante de la", "assistante de direction du", "assistante de direction de la", "secrétaire du", "secrétaire de la",
    "assistente del", "assistente della", "assistente dell", "segretaria del", "segretario del", "segretaria della", "segretaria dell",
    "assistente do", "assistente da", "secretária do", "secretário do", "secretária da",
    // de nl sv
    "assistentin des", "assistent des", "assistentin der", "assistent der", "assistenz des", "assistenz der", "sekretärin des", "sekretärin der", "referentin des", "referent des",
    "assistent van", "assistente van", "secretaresse van", "secretaris van", "directiesecretaresse van", "assistent till", "assistent åt", "sekreterare till", "sekreterare åt",
    // pl ru uk (the executive in the genitive right after)
    "asystent", "asystentka", "sekretarka", "sekretarz", "помощник", "помощница", "ассистент", "ассистентка", "секретарь", "референт",
    "помічник", "помічниця", "асистент", "асистентка", "секретар", "секретарка", "референтка",
    // ar id (the executive right after the noun)
    "مساعد", "مساعدة", "سكرتير", "سكرتيرة", "asisten", "sekretaris",
  ],
  /** The assistant's title after the executive it names: "the CEO's assistant", "CEO助理", "社長秘書", "CEO 비서", "CEO'nun asistanı". */
  ASSISTANT_POST: [
    "assistant", "executive assistant", "personal assistant", "secretary", "assistentin", "assistent", "助理", "秘书", "秘書", "アシスタント", "비서", "어시스턴트",
    "asistanı", "asistani", "sekreteri", "सहायक", "सचिव",
  ],
} as const;

/** A possessive word between the executive and ASSISTANT_POST: "CEO的助理", "社長の秘書", "CEO의 비서", "सीईओ की सहायक", "CEO'nun asistanı". */
export const EXEC_LINKERS: ReadonlySet<string> = new Set(["的", "の", "의", "की", "के", "का", "nun", "nin", "nın", "nün", "ın", "ün"]);
