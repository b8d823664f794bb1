import { TARGET_PEOPLE_CONCEPTS } from "./target-people.js";

/** "my address", "mon adresse", "mi correo": the writer's own mailbox, which may well be a work one (not outside by itself). */
const MY_FIRST = /^(my|meine|mon|mi|meu|il mio|la mia|mijn|mój|мою|мой)\b/;

/**
 * Where data would leave the organisation although the address has the organisation's domain
 * (exfil.send_secrets): an address the text names as someone's personal mailbox, a new employer's
 * or an outside party's ("r.smeets@example.com (his new employer)", "larissa.campos.pesquisa@…,
 * endereço pessoal", "to his new firm email h.doyle@…"); and a mail forward set up to it.
 */
export const OUTSIDE_DESTINATION_CONCEPTS = {
  /** Said right before or after an address: it belongs to someone outside (detect-identities.ts marks it EXTERNAL_EMAIL). */
  OUTSIDE_PARTY: [
    ...TARGET_PEOPLE_CONCEPTS.PERSONAL_ADDRESS.filter((e) => !MY_FIRST.test(e)),
    "new employer", "new firm", "new company", "new firm email", "new company email", "new employer email", "external counsel", "outside counsel", "external consultant", "third party",
    // An outside auditor (en de fr es pt it nl pl): "send the access list to the external auditor at x@", "an den externen Prüfer x@".
    "external auditor", "outside auditor", "external auditors", "externer prüfer", "externen prüfer", "externe prüfer", "externer auditor", "externen auditor", "externe wirtschaftsprüfer",
    "auditeur externe", "auditeurs externes", "auditor externo", "auditores externos", "revisore esterno", "auditor esterno", "revisori esterni", "externe auditor", "externe accountant",
    "zewnętrzny audytor", "zewnętrznego audytora", "zewnętrznemu audytorowi", "audytor zewnętrzny",
    "neuer arbeitgeber", "neuen arbeitgeber", "neue firma", "neuen firma", "externer berater", "externen berater",
    "nouvel employeur", "nouvelle entreprise", "nouvelle société", "consultant externe", "avocat externe",
    "nuevo empleador", "nueva empresa", "consultor externo", "asesor externo", "abogado externo",
    "novo empregador", "nova empresa", "consultor externo", "advogado externo",
    "nuovo datore di lavoro", "nuova azienda", "consulente esterno", "legale esterno",
    "nieuwe werkgever", "nieuwe bedrijf", "nieuwe baan", "externe adviseur", "externe consultant",
    "nowy pracodawca", "nowego pracodawcy", "nowej firmy", "nowa firma", "zewnętrzny konsultant", "zewnętrznego konsultanta",
    "новый работодатель", "нового работодателя", "новой компании", "новая компания", "внешний консультант", "внешнего консультанта",
    "новий роботодавець", "нового роботодавця", "нової компанії", "нова компанія", "зовнішній консультант", "зовнішнього консультанта",
    "新公司", "新雇主", "外部顾问", "外部顧問", "転職先", "新しい会社", "外部コンサルタント", "새 회사", "새로운 회사", "이직한 회사", "외부 컨설턴트",
    "الشركة الجديدة", "صاحب العمل الجديد", "مستشار خارجي", "المستشار الخارجي", "नई कंपनी", "नए नियोक्ता", "बाहरी सलाहकार",
    "yeni işvereni", "yeni işveren", "yeni şirketi", "yeni şirket", "dış danışman", "nya arbetsgivare", "nya arbetsgivaren", "nya företaget", "extern konsult",
    "המעסיק החדש", "החברה החדשה", "יועץ חיצוני", "νέα εταιρεία", "νέο εργοδότη", "νέος εργοδότης", "εξωτερικό σύμβουλο", "εξωτερικός σύμβουλος",
    "ny arbeidsgiver", "nye arbeidsgiver", "ny arbejdsgiver", "nye arbejdsgiver", "ekstern konsulent", "eksterne konsulent", "uusi työnantaja", "uuden työnantajan", "ulkoinen konsultti",
    "perusahaan baru", "konsultan eksternal", "công ty mới", "noul angajator", "noua companie", "nový zaměstnavatel", "nového zaměstnavatele",
    // an outside firm or vendor (en de fr es pt it nl pl ru uk sv tr zh ja ko ar hi id)
    "external firm", "external records firm", "external company", "external vendor", "external provider", "external agency", "external partner", "outside firm", "outside vendor", "outside agency", "externe firma", "externen firma", "externer dienstleister", "externen dienstleister", "prestataire externe", "société externe", "cabinet externe", "empresa externa", "proveedor externo", "fornecedor externo", "società esterna", "fornitore esterno", "ditta esterna", "extern bedrijf", "externe partij", "externe leverancier", "firma zewnętrzna", "zewnętrzna firma", "zewnętrznej firmy", "firmie zewnętrznej", "zewnętrznej firmie", "внешняя компания", "внешней компании", "сторонняя компания", "сторонней компании", "зовнішня компанія", "стороння компанія", "extern firma", "externt företag", "extern leverantör", "dış firma", "harici firma", "外部公司", "第三方公司", "外部供应商", "外部業者", "外部の会社", "외부 업체", "외부 회사", "شركة خارجية", "جهة خارجية", "बाहरी कंपनी", "perusahaan eksternal",
    // The writer's contractor, an outside firm however its mail is hosted (en de fr es pt it nl pl ru uk sv tr zh ja ko ar hi): "sent to our contractor at x@"
    "our contractor", "our contractors", "our subcontractor", "the subcontractor", "external contractor", "the external contractor", "our external contractor",
    "unserem auftragnehmer", "unseren auftragnehmer", "unserem subunternehmer", "unseren subunternehmer", "externen auftragnehmer", "notre sous traitant", "au sous traitant", "notre prestataire",
    "nuestro contratista", "al contratista", "nuestra subcontrata", "nuestro subcontratista", "nosso empreiteiro", "nossa terceirizada", "nosso prestador", "nosso subcontratado",
    "nostro appaltatore", "nostro subappaltatore", "al subappaltatore", "onze aannemer", "onze onderaannemer", "nasz podwykonawca", "naszego podwykonawcy", "naszemu podwykonawcy",
    "наш подрядчик", "нашему подрядчику", "нашего подрядчика", "наш підрядник", "нашому підряднику", "нашого підрядника", "vår underleverantör", "vår entreprenör",
    "yüklenicimize", "yüklenicimiz", "taşeronumuza", "taşeronumuz", "我们的承包商", "外包商", "委託先", "外注先", "협력업체", "하청업체", "المقاول", "ठेकेदार",
    // A firm that places or represents people, and the contractor the data is sent to (en es pt de fr it nl): "email the export to
    // the contractor running the data migration, x@", "a la consultora de outplacement", "our recruitment partner", "law firm".
    "to the contractor", "to the external contractor", "outplacement firm", "outplacement provider", "outplacement consultancy", "outplacement agency", "recruitment partner", "recruitment agency", "recruiting agency", "law firm", "external law firm",
    "consultora de outplacement", "empresa de outplacement", "consultora externa", "agencia externa", "agência externa", "consultoria externa", "empresa de recolocação",
    "outplacement berater", "personalvermittler", "personalvermittlung", "anwaltskanzlei", "cabinet d outplacement", "cabinet de recrutement", "cabinet d avocats",
    "agenzia esterna", "studio legale", "società di outplacement", "outplacementbureau", "wervingsbureau", "advocatenkantoor",
    // The firm's outside accountants (en fi ko ro zh): "send the download link to x@ (our external accountants)", "(ulkoinen tilitoimistomme)".
    "external accountants", "external accountant", "our external accountants", "ulkoinen tilitoimisto*", "ulkoiselle tilitoimistolle", "외부 회계법인", "contabilii noștri externi", "contabili externi", "contabilul extern", "外部会计师", "外部會計師",
    // The new job where the data will be used (en de fr es pt it nl pl ru uk tr sv kk): "ол жаңа жұмысында пайдаланады"
    "new job", "her new job", "his new job", "neuen job", "neue stelle", "neuen stelle", "nouveau poste", "nouvel emploi", "nuevo trabajo", "nuevo empleo", "novo emprego", "novo trabalho", "nuovo lavoro", "nieuwe job", "nowej pracy", "nowa praca", "новой работе", "новая работа", "новое место работы", "новій роботі", "нова робота", "нове місце роботи", "yeni işinde", "yeni iş yerinde", "nya jobbet", "nya jobb", "жаңа жұмыс*",
  ],
  /** A forward of the leaver's mail set up (exfiltration when it points outside): "forward all mail to x@", "auto-forwarding", "mail_forward: x@". */
  MAIL_FORWARD: [
    "forward mail", "forward email", "forward e mail", "forward all mail", "forward all email", "forward all e mail", "forward his mail", "forward her mail", "forward incoming mail",
    "forward all incoming mail", "forward all her mail", "forward all his mail", "mail forward", "mail forwarding", "email forwarding", "e mail forwarding", "auto forward*", "autoforward*",
    "automatic forwarding", "set up forwarding", "forwarding rule", "external forwarding", "forwarding from", "mail_forward", "email_forward", "forward_mail", "forward_email",
    "weiterleitung", "mail weiterleitung", "e mail weiterleitung", "automatische weiterleitung", "mails weiterleiten", "post weiterleiten",
    "transfert automatique", "transfert des mails", "transfert des e mails", "redirection des mails", "redirection automatique",
    "reenvío automático", "redirección del correo", "reenviar su correo", "reenviar todo su correo", "reenviar los correos",
    "encaminhamento automático", "encaminhar os e mails", "encaminhar os emails", "encaminhar todos os e mails", "redirecionamento",
    "inoltro automatico", "inoltrare la posta", "inoltrare tutta la posta", "inoltro della posta",
    "automatisch doorsturen", "mail doorsturen", "doorsturen van mail", "doorsturen van e mail",
    "przekierowanie poczty", "automatyczne przekierowanie", "przekierowanie maili",
    "переадресация почты", "пересылка почты", "автопересылка", "переадресацію пошти", "переадресація пошти", "пересилання пошти",
    // A forward named as a field or a noun with its object after it: "forward_to: x@", "forwarding of new mail to x@",
    // "videresendelse af hans indbakke til x@" (da nb sv).
    "forward_to", "forwarding_to", "forwarding_address", "forward_address", "redirect_to", "mail_forward_to", "forwarding of", "forwarding of new mail",
    "videresendelse", "videresending", "vidarebefordring", "vidarebefordran av",
    "自动转发", "邮件转发", "自動轉發", "自動転送", "メール転送", "자동 전달", "메일 전달", "자동 포워딩",
    "إعادة توجيه البريد", "التحويل التلقائي", "העברה אוטומטית", "αυτόματη προώθηση", "προώθηση όλων των μηνυμάτων",
    "otomatik yönlendirme", "e posta yönlendirme", "automatisk vidarebefordran", "vidarebefordra all post", "automatisk videresending", "automatisk videresendelse",
    "ईमेल फॉरवर्ड", "ऑटो फॉरवर्ड", "penerusan otomatis", "penerusan email",
    // The forward as a verb last or a noun (ko hi ar uk ru): "으로 자동 전달해 주세요", "पर फॉरवर्ड कर दें", "إعادة توجيه", "пересилання пошти".
    "자동 전달*", "फॉरवर्ड कर*", "إعادة توجيه", "пересилання", "пересылку почты", "пересылка почты",
  ],
  /** A participle of sharing or sending with its recipient marker, for the passive "her OneDrive seja compartilhado com x@". */
  SHARED_TO: [
    "shared with", "exported to", "forwarded to", "sent to", "copied to", "uploaded to", "compartilhado com", "compartilhada com", "compartilhados com", "enviado para", "enviados para", "encaminhado para",
    "compartido con", "compartida con", "compartidos con", "enviado a", "enviados a", "reenviado a", "partagé avec", "partagés avec", "envoyé à", "envoyés à", "transféré à", "transférés à",
    "geteilt mit", "freigegeben für", "gesendet an", "weitergeleitet an", "condiviso con", "condivisa con", "condivisi con", "inviato a", "inviati a", "inoltrato a", "gedeeld met", "doorgestuurd naar", "verstuurd naar",
    "udostępniony", "udostępnione", "przesłany na", "przesłane na", "переслан на", "пересланы на", "отправлен на", "надіслано на", "paylaşılsın", "gönderilsin", "delad med", "skickad till", "skickas till",
    // "could the API keys in his vault be sent over to our contractor contact, x@", id "folder ... di OneDrive Hendra dibagikan ke x@".
    "sent over to", "dibagikan ke", "dibagikan kepada", "dikirim ke", "dikirimkan ke", "diteruskan ke",
  ],
} as const satisfies Record<string, readonly string[]>;
