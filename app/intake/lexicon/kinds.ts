/** Words that name the kind of request (request-schema.ts REQUEST_KINDS), for the free-text parser. Entry syntax as in override.ts. */
export const KIND_CONCEPTS = {
  resignation: [
    "resign*", "quit", "quits", "notice of resignation", "handed in her notice", "handed in his notice", "handing in her notice", "handing in his notice", "handed in their notice",
    "handed in notice", "has given notice", "gave notice", "accepted a role", "accepted a position", "accepted an offer", "new role outside", "a new job", "gekündigt", "eigenkündigung", "démission*", "démissionn*", "renunci*", "renuncia*", "pediu demissão", "pedido de demissão", "dimess*", "dimissioni",
    "wypowiedzenie", "złożyła wypowiedzenie", "złożył wypowiedzenie", "по собственному желанию", "istifa*", "辞职", "辭職", "퇴사", "استقال*", "استقالة", "התפטר*", "इस्तीफ*", "استعفا*",
  ],
  termination: [
    "terminat*", "fired", "let go", "letting go", "for cause", "dismiss*", "redundan*", "made redundant", "will not be continued", "not be continued", "failed probation", "no call no show", "position eliminated", "laid off", "layoff", "involuntary", "despido", "despid*", "licenciement", "licencié*", "entlassung", "entlassen", "fristlos", "zwolnien*",
    "увольнение по инициативе", "işten çıkar*", "解雇", "开除", "해고", "فصل", "פיטור*", "पदच्युत", "बर्खास्त", "اخراج",
  ],
  contract_end: [
    "contract end*", "end of contract", "contract ends", "contract finish*", "contract expir*", "contract ended", "contract is ending", "contract ending", "contract finishes",
    "fixed term", "end of ftc", "ftc", "agency placement", "placement ends", "placement ended", "placement has ended", "engagement has ended", "engagement ends", "end of engagement",
    "internship end*", "internship ends", "fellowship ends", "maternity cover", "temporary contract", "temp contract", "locum", "secondment ends", "contractor", "engagement ends", "engagement with", "contract_end", "befristet*", "vertrag endet", "vertragsende", "fin de contrat", "fin del contrato", "término de contrato", "contrato termina", "prestador",
    "koniec umowy", "окончание контракта", "sözleşme sonu", "契約終了", "合同到期", "계약 만료", "انتهاء العقد", "סיים את החוזה", "סיום חוזה", "अनुबंध समाप्त", "پایان قرارداد", "قرارداد", "prestataire",
  ],
  retirement: [
    "retir*", "superannuat*", "pension", "ruhestand", "rente", "retraite", "jubila*", "aposentadoria", "aposenta*", "pensione", "emerytur*", "на пенсию", "emekli*", "定年", "退休", "은퇴", "تقاعد*", "יפרוש", "פורש*", "פרישה", "सेवानिवृत्त", "بازنشست*",
  ],
} as const satisfies Record<string, readonly string[]>;
