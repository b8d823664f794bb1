/**
 * Where an insider would have the leaver's data put when no outside address is named, and the
 * grant that opens it to an outside one (exfil.send_secrets, rules/exfil-dest-rules.ts): the
 * writer's own private mailbox or storage ("to my gmail", "on my personal drive", "auf meiner
 * privaten Festplatte"), removable media ("the external USB drive"), a phone ("to this number",
 * "by SMS"), a public link, and access granted ("grant read access to his mailbox to x@").
 * Languages: en de fr es pt it nl pl ru uk zh ja ko ar hi tr sv id (see override.ts for the syntax).
 */
export const EXFIL_DESTINATION_CONCEPTS = {
  /**
   * The leaver's own mail as where something is sent, not what is sent: "HR will send the termination letter to his email
   * x@", "enviará su finiquito a su correo personal", "para o seu email pessoal" (the mail words are EXFIL_OBJECT too, as
   * in "forward his email to x@"). Starts at the preposition, so a pattern forbids it before its object (forbidFirst).
   */
  MAIL_DEST: [
    "to his email", "to her email", "to their email", "to his e mail", "to her e mail", "to their e mail", "to his mail", "to her mail", "to their mail",
    "to his inbox", "to her inbox", "to their inbox", "to his mailbox", "to her mailbox", "to their mailbox",
    "a su correo", "en su correo", "a su buzón", "para o seu email", "para seu email", "para o seu e mail", "para seu e mail", "no seu email", "ao seu email",
    "alla sua posta", "nella sua casella di posta", "à sa boîte mail", "sur sa boîte mail", "à sa messagerie", "sur sa messagerie", "dans sa boîte de réception",
    "an ihr postfach", "an sein postfach", "in ihr postfach", "in sein postfach", "naar zijn mail", "naar haar mail", "naar zijn mailbox", "naar haar mailbox",
    "till hennes mejl", "till hans mejl", "na jego pocztę", "na jej pocztę", "на его почту", "на её почту", "на ее почту", "на його пошту", "на її пошту",
  ],
  /** The writer's own private mailbox, account or storage, as a destination (not "her personal address": HR writes to leavers). */
  MY_PRIVATE: [
    "my personal", "my private", "my own personal", "my gmail", "my hotmail", "my yahoo", "my outlook com", "my icloud", "my dropbox", "my proton*",
    "meine private*", "meiner privaten", "meinen privaten", "mein privates", "meine persönliche*", "meiner persönlichen", "mein gmail", "meine gmail",
    "mon adresse perso", "mon mail perso", "mon drive perso", "mon compte perso", "mon gmail", "mon dropbox", "ma boîte perso", "ma messagerie perso", "mon adresse personnelle",
    "mi correo personal", "mi cuenta personal", "mi drive personal", "mi gmail", "mi correo privado", "mi email personal", "mi dropbox",
    "meu email pessoal", "meu e mail pessoal", "minha conta pessoal", "meu drive pessoal", "meu gmail", "meu dropbox", "meu endereço pessoal",
    "mio indirizzo personale", "mia email personale", "mia mail personale", "mio account personale", "mio drive personale", "mio gmail", "mia casella personale",
    "mijn privé*", "mijn prive*", "mijn persoonlijke", "mijn gmail", "mijn eigen dropbox", "mijn dropbox",
    "mój prywatny", "moj prywatny", "mojego prywatnego", "moją prywatną", "moja prywatna", "mój osobisty", "mój gmail",
    "мой личный", "мою личную", "мой личн*", "мою личн*", "мой gmail", "мій особистий", "мою особисту", "мій приватний", "мою приватну",
    "我的私人", "我的个人", "我的個人", "私の個人", "私用の", "私の gmail", "제 개인", "내 개인", "저의 개인",
    "بريدي الشخصي", "حسابي الشخصي", "ايميلي الشخصي", "إيميلي الشخصي",
    "मेरे पर्सनल", "मेरी पर्सनल", "मेरे निजी", "मेरी निजी", "मेरे जीमेल", "मेरे gmail",
    "kişisel adresim*", "kişisel hesabım*", "kişisel e postam*", "benim kişisel", "özel adresim*",
    "min privata", "mitt privata", "min egen dropbox", "min gmail", "min privat*",
    "pribadi saya", "gmail saya", "akun pribadi saya",
  ],
  /** Removable media and outside storage ("the external USB drive", "eine externe Festplatte", "флешку"). */
  REMOVABLE_MEDIA: [
    "usb stick", "usb drive", "usb key", "usb flash drive", "external drive", "external hard drive", "external disk", "external hdd", "external ssd", "thumb drive", "flash drive", "memory stick", "pen drive", "pendrive",
    "externe festplatte", "externen festplatte", "externe ssd", "usb speicher*", "clé usb", "disque dur externe", "disque externe", "memoria usb", "disco duro externo", "disco externo",
    "hd externo", "chiavetta usb", "chiavetta", "disco esterno", "hard disk esterno", "externe harde schijf", "externe schijf", "dysk zewnętrzny", "dysku zewnętrznym", "zewnętrzny dysk",
    "флешк*", "внешний диск", "внешний жесткий диск", "внешнем диске", "зовнішній диск", "зовнішній жорсткий диск", "usb bellek", "harici disk*", "flash bellek",
    "usb minne*", "extern hårddisk", "flashdisk", "hardisk eksternal", "diska eksternal", "u盘", "移动硬盘", "usbメモリ", "外付け*", "외장 하드*", "외장하드*", "usb 메모리",
    "فلاشة", "ذاكرة usb", "قرص خارجي", "هارد خارجي", "पेन ड्राइव", "एक्सटर्नल हार्ड ड्राइव",
  ],
  /** Putting data somewhere (with REMOVABLE_MEDIA): "put", "save", "download and store", "ablegen", "скопируйте". */
  STORE_VERB: [
    "put", "save", "store", "download", "move", "copy", "dump", "ablegen", "speichern", "herunterladen", "kopieren", "mettre", "mettez", "enregistrer", "enregistrez", "copiez", "télécharger", "téléchargez",
    "guardad", "guardar", "poned", "descargad", "copiad", "salvar", "salvem", "guardem", "coloquem", "baixem", "salvate", "mettete", "scaricate", "copiate", "zet", "opslaan", "download",
    "zapiszcie", "zapisz", "skopiuj*", "pobierz*", "wgrajcie", "сохраните", "скопируйте", "скачайте", "збережіть", "скопіюйте", "завантажте", "kaydedin", "kopyalayın", "indirin",
    "spara", "kopiera", "ladda ner", "simpan", "salin", "unduh", "保存", "拷贝", "复制", "下载", "コピー", "保存して", "저장*", "복사*", "احفظوا", "انسخوا", "सेव कर*", "कॉपी कर*",
  ],
  /** A phone as where secrets go: "to this number", "by SMS", "on WhatsApp". */
  PHONE_DEST: [
    "this number", "that number", "the number below", "my mobile", "my cell", "by sms", "via sms", "per sms", "by text", "via text", "text them", "text it", "text me", "on whatsapp", "via whatsapp", "over whatsapp", "by whatsapp", "on signal", "via signal", "on telegram", "via telegram",
    "diese nummer", "dieser nummer", "an diese nummer", "per whatsapp", "ce numéro", "à ce numéro", "au numéro", "par sms", "par whatsapp", "este número", "a este número", "por sms", "por whatsapp", "pelo whatsapp",
    "para este número", "questo numero", "a questo numero", "su whatsapp", "dit nummer", "naar dit nummer", "ten numer", "na ten numer", "smsem", "sms em", "przez whatsapp", "на этот номер", "этот номер", "по смс", "в вотсап", "в whatsapp",
    "в телеграм*", "на цей номер", "цей номер", "смс кою", "bu numaraya", "sms ile", "whatsapp tan", "till detta nummer", "det här numret", "via sms", "ke nomor ini", "nomor ini", "lewat sms", "lewat whatsapp", "lewat wa",
    "这个号码", "这个手机号", "短信", "この番号", "ショートメール", "이 번호*", "문자로", "카톡으로", "هذا الرقم", "رسالة نصية", "عبر واتساب", "इस नंबर", "एसएमएस से", "व्हाट्सएप पर",
  ],
  /** The leaver's data opened to anyone: "make it available via a public link", "anyone with the link". */
  PUBLIC_LINK: [
    "public link", "anyone with the link", "publicly shared", "public url", "make it public", "öffentlichen link", "öffentlicher link", "öffentlich freigeben", "lien public", "enlace público", "link público",
    "link pubblico", "openbare link", "publiczny link", "публичн* ссылк*", "публічн* посиланн*", "herkese açık bağlantı", "herkese açık link", "offentlig länk", "tautan publik", "公开链接", "公開リンク", "공개 링크", "رابط عام", "सार्वजनिक लिंक",
  ],
  /** Granting, with an access word after it (PRIV_ACCESS): "grant read access", "give x@ access", "Zugriff gewähren", "дайте доступ". */
  GRANT_VERB: [
    "grant", "give", "provide", "gewähren", "gewährt", "gebt", "geben sie", "erteilen", "erteilt", "einräumen", "donner", "donnez", "accorder", "accordez", "octroyez", "dad", "dar", "otorgad", "conceded", "otorgar",
    "deem", "concedam", "conceder", "conceda", "dare", "concedete", "concedere", "geef", "geeft", "verleen", "nadaj*", "dajcie", "przyznaj*", "дайте", "предоставь*", "предостав*", "выдайте", "откройте",
    "надайте", "надати", "відкрийте", "verin", "ge", "bevilja", "tilldela", "beri", "berikan", "kasih", "开通", "授予", "开放", "付与", "부여*", "منح", "امنح*", "اعطوا", "أعطوا", "दे दें", "दीजिए",
  ],
} as const satisfies Record<string, readonly string[]>;
