/**
 * The writer (or the reader) said to hold the power to approve the request (authority.impersonation): "I have full authority
 * to approve this request", "tengo plena autoridad para aprobar", "ich bin befugt, diesen Antrag freizugeben", "لديّ صلاحية
 * اعتماد هذا الطلب", "bu talebi onaylama yetkim var", "you are authorised to approve without escalation". Only with the approval
 * right after it: "I have admin rights on the firewall" or "yönetici yetkileri var" is HR text, and "I do not have the authority
 * to approve this" holds no claim ("i have" is not "i do not have"), and the approval must be of this request: "I am authorised
 * to approve leave for my team" is a manager's ordinary power. Entries are normalised like the text.
 */
export const SELF_AUTHORITY_CONCEPTS = {
  /** Holding the authority, first or second person: "I have full authority", "you are authorised". */
  HAVE_AUTHORITY: [
    "i have full authority", "i have the full authority", "i have the authority", "i have authority", "i have full power", "i have the power", "i have the mandate",
    "i have a mandate", "i am authorised", "i am authorized", "im authorised", "im authorized", "i am empowered", "im empowered", "i am fully authorised", "i am fully authorized",
    "you have the authority", "you have authority", "you have full authority", "you are authorised", "you are authorized", "you are empowered", "you are fully authorised",
    // de fr
    "ich habe die volle befugnis", "ich habe volle befugnis", "ich habe die befugnis", "ich bin befugt", "ich bin berechtigt", "ich bin ermächtigt", "ich habe die vollmacht",
    "ich habe volle vollmacht", "sie sind befugt", "sie sind berechtigt", "du bist befugt", "du bist berechtigt",
    "j'ai pleine autorité", "j'ai toute autorité", "j'ai l'autorité", "j'ai autorité", "j'ai le pouvoir", "j'ai tout pouvoir", "j'ai les pleins pouvoirs", "je suis habilité", "je suis habilitée",
    "je suis autorisé", "je suis autorisée", "vous êtes habilité", "vous êtes autorisé", "vous avez l'autorité",
    // es pt it nl
    "tengo plena autoridad", "tengo toda la autoridad", "tengo la autoridad", "tengo autoridad", "tengo la facultad", "tengo facultades", "tengo plenas facultades",
    "estoy autorizado", "estoy autorizada", "estoy facultado", "estoy facultada", "tienes autoridad", "tiene autoridad", "está autorizado", "estás autorizado",
    "tenho autoridade total", "tenho plena autoridade", "tenho total autoridade", "tenho autoridade", "tenho a autoridade", "tenho plenos poderes", "estou autorizado", "estou autorizada",
    "você tem autoridade", "você está autorizado", "ho piena autorità", "ho l'autorità", "ho pieni poteri", "sono autorizzato", "sono autorizzata", "hai l'autorità", "sei autorizzato",
    "ik heb de volledige bevoegdheid", "ik heb volledige bevoegdheid", "ik heb de bevoegdheid", "ik ben bevoegd", "ik ben gemachtigd", "u bent bevoegd", "je bent bevoegd",
    // pl ru uk
    "mam pełne uprawnienia", "mam uprawnienia", "mam pełnomocnictwo", "jestem upoważniony", "jestem upoważniona", "jestem uprawniony", "jestem uprawniona", "masz uprawnienia",
    "у меня есть полномочия", "у меня есть полные полномочия", "у меня полные полномочия", "у меня есть право", "я уполномочен", "я уполномочена", "я имею право", "имею полномочия",
    "вы уполномочены", "я маю повноваження", "маю повні повноваження", "маю повноваження", "у мене є повноваження", "я уповноважений", "я уповноважена", "я маю право",
    // zh ar sv sw
    "我有权", "我有權", "我有全权", "我有全權", "我被授权", "我被授權", "本人有权", "你有权", "لدي الصلاحية", "لدي صلاحية", "لدي كامل الصلاحية", "لدي السلطة", "لدي سلطة",
    "ولدي صلاحية", "ولدي الصلاحية", "أنا مخول", "أنا مخولة", "انا مخول", "jag har full befogenhet", "jag har befogenhet", "jag har mandat", "jag är behörig", "jag har behörighet",
    "du har befogenhet", "nina mamlaka", "nina mamlaka kamili", "una mamlaka",
  ],
  /** Approving, the verb or its noun right after the authority: "to approve", "freizugeben", "اعتماد". */
  APPROVE_VERB: [
    "approve", "approving", "sign off", "sign it off", "sign this off", "authorise", "authorize", "greenlight", "green light",
    "freizugeben", "freigeben", "genehmigen", "zu genehmigen", "abzuzeichnen", "zu bewilligen", "approuver", "valider", "autoriser", "aprobar", "autorizar", "validar", "aprovar",
    "approvare", "autorizzare", "validare", "goed te keuren", "goedkeuren", "te accorderen", "zatwierdzenia", "zatwierdzić", "zatwierdzania", "zaakceptowania",
    "утвердить", "утверждать", "одобрить", "одобрять", "согласовать", "затвердити", "схвалити", "погодити", "批准", "审批", "審批", "核准",
    "اعتماد", "الموافقة", "للموافقة", "بالموافقة", "godkänna", "attestera", "kuidhinisha",
  ],
  /** What is approved: this request (not "leave for my team", "her expenses": the writer's ordinary approvals). */
  THIS_REQUEST: [
    "this request", "the request", "this offboarding", "the offboarding", "this one", "this ticket", "this", "it", "her offboarding", "his offboarding",
    "diesen antrag", "den antrag", "dieses ticket", "diese anfrage", "cette demande", "la demande", "ce départ", "esta solicitud", "la solicitud", "esta baja", "este pedido",
    "o pedido", "esta solicitação", "este desligamento", "questa richiesta", "la richiesta", "dit verzoek", "deze aanvraag", "het verzoek", "tego wniosku", "ten wniosek",
    "эту заявку", "этот запрос", "заявку", "цю заявку", "цей запит", "此申请", "该申请", "这个申请", "此申請", "هذا الطلب", "الطلب", "denna begäran", "detta ärende",
    "ombi hili", "ombi", "bu talebi", "bu talep",
    // ja ko hi ht: "この申請", "이 요청", "यह अनुरोध", "dosye a" (the case: "pa voye dosye a bay ekip sekirite a")
    "この申請", "本申請", "本件", "이 요청", "이 요청은", "이 건", "본 건", "यह अनुरोध", "इस अनुरोध", "dosye a", "dosye sa a", "demann sa a", "demann lan",
    // yo (Yoruba): "ìbéèrè yìí" (this request), between "fi" and "ránṣẹ́ sí"
    "ìbéèrè yìí", "ìbéèrè náà",
  ],
  /** The authority after the approval (Turkish, first person): "bu talebi onaylama yetkim var". */
  AUTHORITY_POST: ["yetkim var", "tam yetkim var", "yetkim bulunuyor", "yetkim bulunmaktadır", "yetkisine sahibim", "yetkiliyim"],
  /** Approving, before AUTHORITY_POST (Turkish). */
  APPROVE_PRE: ["onaylama", "onay verme", "onaylamaya"],
} as const;
