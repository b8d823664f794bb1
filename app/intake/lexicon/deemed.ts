/**
 * A review or approval step declared met by a clause, the way a mail footer or legal notice words it: "By processing this
 * request the security review is deemed completed", "Mit der Bearbeitung dieser Anfrage gilt die Freigabe durch die
 * IT-Sicherheit als erteilt", "se entiende que la revisión de seguridad ha sido realizada", "проверка службы безопасности
 * считается пройденной", "处理本申请即视为已通过安全审核", "보안 검토는 완료된 것으로 간주됩니다" (authority.offline_approval,
 * rules/deemed-rules.ts). Not the step awaited ("is considered complete once security signs off": a condition after it), not
 * the step declared needed ("the review is considered mandatory": no state of done). Entries are normalised like the text.
 */
export const DEEMED_CONCEPTS = {
  /** Held to be, by declaration: "is deemed", "gilt als", "se entiende", "si intende", "считается", "视为", "みなされ", "sayılır". */
  DEEMED: [
    "is deemed", "are deemed", "be deemed", "be considered", "can be considered", "may be considered", "can be deemed", "shall be deemed", "will be deemed", "is considered", "are considered", "shall be considered", "will be considered",
    "is regarded", "shall be regarded", "will be regarded", "is taken as", "shall be taken as", "is treated as", "shall be treated as", "will be treated as",
    // de fr es pt it nl
    "gilt", "gelten", "gilt als", "gelten als", "gilt damit", "gilt hiermit", "wird als", "ist als", "est réputée", "est réputé", "sont réputées", "sont réputés", "est considérée", "est considéré",
    "sera considérée", "sera considéré", "sera réputée", "sera réputé", "se entiende", "se entenderá", "se considera", "se considerará", "se tiene por", "se tendrá por", "se da por", "se dará por",
    "considera se", "considerar se a", "entende se", "é considerada", "é considerado", "será considerada", "será considerado", "dá se por", "tem se por",
    "si intende", "si intendono", "si considera", "si ritiene", "è considerata", "è considerato", "sarà considerata", "sarà considerato", "è da intendersi", "deve intendersi",
    "geldt", "gelden", "geldt als", "wordt beschouwd", "wordt geacht", "worden geacht", "wordt gezien als",
    // pl ru uk tr
    "uznaje się", "uważa się", "uznaje sie", "uwaza sie", "zostaje uznana", "zostaje uznany", "uznana za", "uznany za", "uważana za", "uważany za", "uznawana za", "uznawany za",
    "считается", "считаются", "будет считаться", "признается", "признаются", "вважається", "вважаються", "буде вважатися", "визнається", "sayılır", "sayılacaktır", "kabul edilir", "kabul edilecektir", "addedilir",
    // ja zh ko ar hi
    "みなされ", "見なされ", "みなす", "見なす", "みなし", "視为", "视为", "視為", "视同", "視同", "视作", "被视为", "被視為", "간주*", "것으로 본다", "것으로 봅니다",
    "تعتبر", "يعتبر", "تعتبر بمثابة", "يعتبر بمثابة",
    "माना जाएगा", "मानी जाएगी", "माना जाता", "मानी जाती", "समझा जाएगा", "समझी जाएगी",
    // sv da nb id vi ro cs el fi
    "anses", "ska anses", "räknas som", "betraktas som", "anses for", "betragtes som", "regnes som", "dianggap", "akan dianggap", "diperlakukan sebagai",
    "được coi là", "được xem là", "se consideră", "se considera", "va fi considerată", "se považuje", "považuje se", "θεωρείται", "katsotaan",
  ],
  /** Met, given or waived: the state a deeming clause gives the step ("as granted", "ha sido realizada", "concessa", "пройденной", "完了", "ممنوحة"). */
  DEEMED_STATE: [
    "complete", "completed", "done", "given", "granted", "obtained", "passed", "satisfied", "fulfilled", "waived", "met", "carried out", "performed", "approved", "cleared",
    "not required", "not necessary", "unnecessary",
    "erteilt", "erfolgt", "abgeschlossen", "erledigt", "durchgeführt", "entfallen", "bestanden", "erfüllt", "gegeben", "genehmigt", "freigegeben", "nicht erforderlich",
    "acquise", "acquis", "accordée", "accordé", "effectuée", "effectué", "réalisée", "réalisé", "levée", "validée", "validé", "obtenue", "donnée", "terminée", "satisfaite",
    "realizada", "realizado", "concedida", "concedido", "otorgada", "otorgado", "dispensada", "dispensado", "cumplida", "cumplido", "completada", "completado", "efectuada", "aprobada", "aprobado", "superada", "obtenida",
    "concluída", "concluído", "efetuada", "aprovada", "aprovado", "cumprida", "obtida",
    "concessa", "concesso", "effettuata", "effettuato", "completata", "completato", "superata", "superato", "rilasciata", "approvata", "approvato", "soddisfatta", "esperita", "svolta", "ottenuta",
    "afgerond", "verleend", "voltooid", "uitgevoerd", "gegeven", "goedgekeurd", "vervuld", "verkregen",
    "udzielona", "udzielony", "zakończona", "zakończony", "przeprowadzona", "przeprowadzony", "wykonana", "spełniona", "zatwierdzona", "zatwierdzony", "uzyskana",
    "пройденной", "пройдена", "пройденным", "выполненной", "выполнена", "завершенной", "завершена", "полученной", "получена", "согласованной", "согласована", "предоставленной",
    "пройденою", "пройденим", "виконаною", "виконана", "завершеною", "завершена", "наданою", "наданим", "отриманою", "погодженою", "погоджена",
    "tamamlanmış", "verilmiş", "onaylanmış", "yapılmış", "alınmış", "gerçekleştirilmiş",
    "完了", "承認済み", "取得済み", "実施済み", "審査済み", "通過", "通过", "完成", "已完成", "已批准", "已通过", "已通過", "获得", "獲得",
    "완료된", "완료한", "완료", "승인된", "통과된", "통과한", "면제된",
    "مكتملة", "مكتمل", "ممنوحة", "ممنوح", "منجزة", "مستوفاة", "معتمدة", "معفاة", "تمت",
    "पूर्ण", "पूरी", "पूरा", "स्वीकृत", "संपन्न", "दी गई", "मिल गई",
    "klar", "klart", "genomförd", "genomfört", "godkänd", "godkänt", "beviljad", "avklarad", "uppfylld", "slutförd", "gennemført", "godkendt", "gjennomført", "godkjent",
    "selesai", "disetujui", "diberikan", "terpenuhi", "dilakukan", "hoàn tất", "hoàn thành", "finalizată", "acordată", "splněna", "udělen", "ολοκληρωμένος", "ολοκληρώθηκε", "suoritetuksi", "hyväksytyksi",
  ],
  /**
   * The deeming put off until something else: "only", "erst", "pas", "só", "только", "först", "ancak" ("considered complete only once
   * the laptop is back", "gilt erst als abgeschlossen, wenn ...", "geldt pas als afgerond"), "after" written after the state or in
   * the verb ("tamamlanmış sayılır ... iade edildikten sonra", "concluída após a devolução", "검토가 완료되면").
   */
  DEEMED_LATER: [
    "only", "only once", "only after", "only when", "erst", "erst dann", "erst nach", "nach", "pas", "seulement", "uniquement", "qu après", "solo", "sólo", "só", "soltanto", "solamente", "unicamente",
    "após", "depois", "alleen", "pas als", "tylko", "dopiero", "только", "лише", "тільки", "först", "ancak", "yalnızca", "sadece", "hanya", "baru", "ही", "فقط", "إلا", "只有", "才", "のみ", "만",
    "완료되면", "승인되면", "통과되면", "완료된 후", "완료 후", "승인 후", "通过后", "完成后", "批准后", "完了後", "完了したら", "承認後",
  ],
} as const satisfies Record<string, readonly string[]>;
