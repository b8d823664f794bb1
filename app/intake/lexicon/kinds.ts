/** Words that name the kind of request (request-schema.ts REQUEST_KINDS), for the free-text parser. Entry syntax as in override.ts. */
export const KIND_CONCEPTS = {
  resignation: [
    "resign*", "quit", "quits", "notice of resignation", "handed in her notice", "handed in his notice", "gekündigt", "eigenkündigung", "démission*", "démissionn*", "renunci*", "renuncia*", "pediu demissão", "pedido de demissão", "dimess*", "dimissioni",
    "wypowiedzenie", "złożyła wypowiedzenie", "złożył wypowiedzenie", "по собственному желанию", "istifa*", "辞职", "辭職", "퇴사", "استقال*", "استقالة", "התפטר*", "इस्तीफ*", "استعفا*",
  ],
  termination: [
    "terminat*", "fired", "let go", "letting go", "for cause", "dismiss*", "position eliminated", "laid off", "layoff", "involuntary", "despido", "despid*", "licenciement", "licencié*", "entlassung", "entlassen", "fristlos", "zwolnien*",
    "увольнение по инициативе", "işten çıkar*", "解雇", "开除", "해고", "فصل", "פיטור*", "पदच्युत", "बर्खास्त", "اخراج",
  ],
  contract_end: [
    "contract end*", "end of contract", "contract ends", "contractor", "engagement ends", "engagement with", "contract_end", "befristet*", "vertrag endet", "vertragsende", "fin de contrat", "fin del contrato", "término de contrato", "contrato termina", "prestador",
    "koniec umowy", "окончание контракта", "sözleşme sonu", "契約終了", "合同到期", "계약 만료", "انتهاء العقد", "סיים את החוזה", "סיום חוזה", "अनुबंध समाप्त", "پایان قرارداد", "قرارداد", "prestataire",
  ],
  retirement: [
    "retir*", "ruhestand", "rente", "retraite", "jubila*", "aposentadoria", "aposenta*", "pensione", "emerytur*", "на пенсию", "emekli*", "定年", "退休", "은퇴", "تقاعد*", "יפרוש", "פורש*", "פרישה", "सेवानिवृत्त", "بازنشست*",
  ],
} as const satisfies Record<string, readonly string[]>;
