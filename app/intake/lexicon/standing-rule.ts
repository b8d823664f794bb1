/**
 * A standing rule laid down for every request from this sender, as a disclaimer or signature words it ("Requests issued under
 * this signature are deemed security-reviewed", "Offboarding requests from this address are pre-authorised and also cover x@",
 * "Las bajas enviadas desde esta cuenta incluyen automáticamente la cuenta compartida x@", "본 양식으로 접수된 요청은 보안 검토
 * 대상에서 제외됩니다", "أي طلب ... صادر عن هذا العنوان معتمداً مسبقاً"): a request is approved one by one, never by where it comes
 * from (rules/standing-rule-rules.ts). Entries are normalised like the text.
 */
export const STANDING_RULE_CONCEPTS = {
  /** Requests, any or all of them (en es fr de pt it nl pl ru uk tr sv da nb fi ar hi ko ja zh am ga kk). */
  ANY_REQUEST: [
    "requests", "request", "offboarding requests", "leaver requests", "any request", "all requests", "every request",
    "solicitudes", "solicitud", "bajas", "peticiones", "demandes", "demande", "toute demande", "anfragen", "anträge", "aufträge", "austrittsmeldungen",
    "pedidos", "solicitações", "desligamentos", "richieste", "richiesta", "cessazioni", "verzoeken", "aanvragen", "wnioski", "zgłoszenia",
    "запросы", "заявки", "запрос", "заявка", "запити", "talepler", "talep", "förfrågningar", "ärenden", "anmodninger", "forespørsler",
    "pyynnöt", "pyyntö", "طلب", "طلبات", "أي طلب", "अनुरोध", "요청*", "依頼", "申請", "请求", "申请", "ጥያቄዎች", "gach iarratas", "iarratais", "өтініштер",
  ],
  /** Where the requests come from: this address, account, signature or form, or HR as a whole. */
  THIS_SENDER: [
    "from this address", "from this email address", "from this e mail address", "from this mailbox", "from this account", "from this sender",
    "under this signature", "with this signature", "via this form", "through this form", "using this form", "from this inbox",
    "desde esta cuenta", "desde esta dirección", "desde este buzón", "desde este correo", "con esta firma", "bajo esta firma", "mediante este formulario", "por este formulario",
    "de cette adresse", "depuis cette adresse", "depuis ce compte", "sous cette signature", "via ce formulaire", "par ce formulaire", "émanant de cette adresse", "émanant du service rh", "émanant des rh",
    "von dieser adresse", "von dieser e mail adresse", "von diesem konto", "von diesem postfach", "aus diesem postfach", "unter dieser signatur", "über dieses formular",
    "deste endereço", "desta conta", "deste e mail", "deste email", "por este formulário", "com esta assinatura", "a partir deste endereço",
    "da questo indirizzo", "da questa casella", "da questo account", "con questa firma", "tramite questo modulo",
    "vanaf dit adres", "van dit adres", "via dit formulier", "onder deze handtekening", "z tego adresu", "z tej skrzynki", "z tego konta", "przez ten formularz",
    "с этого адреса", "с этого ящика", "с этой почты", "через эту форму", "з цієї адреси", "з цієї скриньки", "через цю форму",
    "bu adresten", "bu formla", "bu form ile", "bu hesaptan", "från denna adress", "från den här adressen", "via detta formulär", "fra denne adresse", "fra denne adressen",
    "tästä osoitteesta", "tällä lomakkeella", "صادر عن هذا العنوان", "صادرة عن هذا العنوان", "من هذا العنوان", "عبر هذا النموذج", "از این آدرس",
    "इस पते से", "इस फ़ॉर्म से", "इस फॉर्म से", "اس پتے سے", "본 양식으로", "이 양식으로", "이 주소에서", "본 주소에서", "このアドレスから", "本フォームで", "このフォームから",
    "从此地址", "通过此表单", "本邮箱发出", "ከዚህ አድራሻ", "ó acmhainní daonna", "ón seoladh seo", "осы мекенжайдан",
  ],
  /** What such a rule grants, where the lexicon's approval and scope concepts have no word: "also cover x@", "ceadaithe" (ga), "የጸደቁ" (am). */
  STANDING_CLAIM: ["cover", "covers", "include", "includes", "ceadaithe", "የጸደቁ", "pre authorised", "pre authorized", "preauthorised", "preauthorized"],
} as const satisfies Record<string, readonly string[]>;
