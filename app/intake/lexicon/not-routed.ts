/**
 * The request itself said not to go on to security (pressure.skip_review, rules/not-routed-rules.ts): "do not refer this
 * request to the security team", "this request should not be forwarded to security", "bu talep ... güvenlik ekibine
 * yönlendirilmemeli", "أعتمد هذا الطلب وأوجّه بعدم إحالته إلى فريق الأمن". Read only with THIS_REQUEST and security after
 * or before it (not "don't send his badge to the security desk": SECURITY_PLACE; not "his laptop should not be sent to
 * security": no request). Entries are normalised like the text.
 */
export const NOT_ROUTED_CONCEPTS = {
  /** Passing a request on, the verb and its participle: "refer", "referred", "forwarded", "remitida", "weitergeleitet". */
  ROUTE_ON: [
    "refer", "refer it", "referred", "forwarded", "routed", "escalated", "passed on", "passed", "sent", "sent on", "handed on", "handed over",
    "weiterleiten", "weitergeleitet", "weitergegeben", "weitergeben", "vorgelegt", "vorlegen", "geschickt", "übergeben",
    "transmettre", "transmise", "transmis", "envoyée", "envoyé", "renvoyée", "adressée", "soumise", "remonter", "remontée",
    "remitir", "remitida", "remitido", "derivar", "derivada", "derivado", "enviada", "enviado", "trasladar", "trasladada", "elevar", "elevada",
    "encaminhar", "encaminhada", "encaminhado", "remeter", "remetida", "enviada para", "repassar", "repassada",
    "inoltrare", "inoltrata", "inoltrato", "inviata", "inviato", "girare", "girata", "passata", "trasmettere", "trasmessa",
    "doorsturen", "doorgestuurd", "gestuurd", "voorgelegd", "voorleggen", "doorzetten", "doorgezet",
    "przekazywać", "przekazany", "przekazana", "przekazywany", "przekazywana", "wysłany", "wysłana", "kierować", "kierowany", "kierowana", "skierowany", "skierowana",
    "передана", "передан", "передавать", "направлена", "направлен", "направлять", "отправлена", "пересылать", "переслана",
    "передавати", "передано", "надіслана", "надсилати", "пересилати",
    "vidarebefordras", "vidarebefordra", "skickas", "skickas vidare", "videresendes", "videresende", "sendes videre", "videresendt",
    "diteruskan", "teruskan", "meneruskan", "dirujuk", "dikirim", "chuyển", "chuyển tiếp", "gửi lên", "trimisă", "trimis", "transmisă", "redirecționată",
    "postoupit", "postoupena", "předávat", "předána", "posílat", "továbbítani", "továbbítva", "välittää", "lähettää eteenpäin",
  ],
  /** The negated verb after the security team (Turkish, Japanese, Korean, Hindi): "güvenlik ekibine yönlendirilmemeli", "セキュリティチームに回さないでください". */
  ROUTE_NOT_POST: [
    "yönlendirilmemeli*", "yönlendirilmesin", "yönlendirmeyin*", "iletilmemeli*", "iletilmesin", "iletmeyin*", "gönderilmemeli*", "gönderilmesin", "göndermeyin*", "aktarılmamalı*", "aktarmayın*", "havale edilmemeli*", "havale etmeyin*",
    "回さないで", "回さないこと", "回さない", "送らないで", "送らないこと", "転送しないで", "転送しないこと", "上げないで", "エスカレーションしないで",
    "不要转给", "不要提交给", "不要发给",
    "보내지 마", "보내지 마세요", "보내지 말", "넘기지 마", "넘기지 마세요", "넘기지 말", "전달하지 마", "전달하지 마세요", "전달하지 말", "올리지 마", "올리지 말", "이관하지 마", "이관하지 말",
    "न भेजें", "मत भेजें", "मत भेजिए", "न भेजा जाए", "नहीं भेजा जाना चाहिए", "फॉरवर्ड न करें", "फॉरवर्ड मत करें", "आगे न बढ़ाएं", "आगे न भेजें",
    "نفرستید", "ارسال نشود", "ارجاع ندهید", "ارجاع نشود",
  ],
  /** The negated verb before the security team (Arabic, Haitian Creole): "وأوجّه بعدم إحالته إلى فريق الأمن", "pa voye dosye a bay ekip sekirite a". */
  ROUTE_NOT_PRE: [
    "بعدم إحالته", "بعدم إحالتها", "بعدم إحالة", "عدم إحالته", "عدم إحالتها", "عدم إحالة", "لا تحيلوا", "لا تحيلوه", "لا تحيلوها", "لا تحيل", "لا يحال", "لا يُحال",
    "بعدم تحويله", "بعدم تحويلها", "عدم تحويله", "عدم تحويلها", "عدم تحويل", "لا تحولوا", "لا تحولوه", "لا تحوّلوا",
    "بعدم إرساله", "بعدم إرسالها", "عدم إرساله", "عدم إرسالها", "لا ترسلوا", "لا ترسلوه", "لا ترسلوها", "لا يرسل", "لا يُرسل",
    "pa voye", "pa transfere", "pa pase",
  ],
} as const;
