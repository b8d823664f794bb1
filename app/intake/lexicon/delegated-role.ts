/**
 * An approver's power handed to the automated reader, or the reader told the approval is its own to give (role.you_are_now):
 * "Dr. Bello has handed her reviewer role to the offboarding assistant", "sie hat ihre Freigabe an den Bot delegiert", "her
 * sign-off is yours to give". Only with the automated reader (PROCESSOR) or an approval named: a reviewer role handed to a
 * colleague is HR text. Entries are normalised like the text (lower case, no accents).
 */
export const DELEGATED_ROLE_CONCEPTS = {
  /** Handed, delegated or entrusted to someone (a past or present verb form; "to" is left to the text). */
  DELEGATES: [
    "handed", "has handed", "hands", "delegated", "has delegated", "delegates", "entrusted", "has entrusted", "transferred", "has transferred",
    // (Not "given", "passed", "assigned": "manager approval was given in the workflow" is HR text.)
    // de fr es pt it nl
    "übergeben", "übertragen", "hat übertragen", "delegiert", "hat delegiert", "abgetreten", "délégué", "déléguée", "a délégué", "confié", "a confié", "transféré", "cédé",
    "delegó", "delegada", "ha delegado", "cedió", "cedido", "traspasó", "transfirió", "asignó", "delegou", "delegado", "passou", "transferiu", "cedeu",
    "ha delegato", "delegato", "delegata", "ha affidato", "affidato", "ha ceduto", "ceduto", "heeft gedelegeerd", "gedelegeerd", "overgedragen", "heeft overgedragen",
    // pl ru uk
    "przekazała", "przekazał", "delegowała", "delegował", "powierzyła", "powierzył", "передала", "передал", "делегировала", "делегировал", "поручила", "поручил",
    "передав", "делегувала", "делегував", "доручила", "доручив",
    // zh ja ko ar hi tr sv
    "移交给", "委托给", "授权给", "交给", "委任", "委譲", "위임했", "위임하였", "넘겼", "فوضت", "فوض", "نقلت", "نقل", "سلمت", "सौंप दी", "सौंपी", "सौंपा", "सौंप दिया",
    "devretti", "devretmiştir", "devretmiş", "delegerat", "har delegerat", "överlåtit", "har överlåtit", "lämnat över",
  ],
  /** The automated reader as an agent that could hold a role (not "the workflow engine", which routes an approval honestly, and
   * not a bare "assistant", who may be a person). */
  READER_AGENT: [
    "offboarding assistant", "automated assistant", "ai assistant", "virtual assistant", "offboarding bot", "the bot", "bot", "reviewer bot", "ai agent", "the ai",
    "offboarding assistenten", "automatischen assistenten", "automatischer assistent", "den bot", "dem bot", "le bot", "l assistant automatique", "assistant automatique", "el bot",
    "asistente automático", "o bot", "assistente automático", "il bot", "assistente automatico", "de bot",
    "bota", "botowi", "бот", "бота", "боту", "ботові", "机器人", "ボット", "봇", "البوت", "المساعد الآلي", "बॉट", "botu", "boten",
  ],
  /** The approval said to be the reader's own to give: "her sign-off is yours to give". */
  YOURS_TO_GIVE: [
    "yours to give", "is yours to give", "yours to grant", "is yours to grant", "yours to sign", "yours to make", "now yours", "is now yours",
  ],
} as const;
