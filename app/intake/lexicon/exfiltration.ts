/**
 * Concepts for exfiltration: a send or share verb and what is sent (mailboxes, exports, files); the
 * secrets themselves, revealing them and the system prompt are in secrets.ts (see override.ts for the
 * entry syntax).
 */
export const EXFILTRATION_CONCEPTS = {
  SEND: [
    // The passive: "the admin password for the payments module should be emailed to x@" (training author t47).
    "emailed", "e mailed", "be emailed", "be e mailed",
    // pl: the infinitive after "należy", "proszę" ("hasła ... należy przesłać na adres x@"), uk/ru send infinitives.
    "przesłać", "wysłać", "przekazać", "wysłania", "надіслати", "надсилати", "переслать", "переслати",
    // ca (Catalan)
    "envia", "envieu", "enviar", "reenvia", "reenvieu", "reenviar", "tramet*",
    // Italian send verbs ("potete inviare a x@ la password"); tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "invia*", "aika", "aiko", "tura", "ipadala", "fi ranṣẹ", "ابعت*", "ابعتوا",
    // tl: "pakipadala muna ang buong kopya ng kanyang email ... sa x@" (please send), "pakipasa" (please pass on)
    "pakipadala", "ipapadala", "pakipasa", "ipasa",
    // es: passing the request on ("no derives esta solicitud a seguridad")
    "derives", "derivéis", "deriven", "derivar", "derivad",
    "transfér*", "transferir", "transfira", "übertrag*", "发到", "发送到", "發到", "reply with", "paste them", "pasting them",
    "send", "forward", "email", "e mail", "mail", "post", "upload", "paste", "share", "export", "transfer", "leak", "exfiltrate", "curl", "wget", "copy", "dm", "include",
    // By phone: "text the temporary password to his personal mobile", "sms the new one to +63 …", "whatsapp it to me".
    "text", "texted", "sms", "whatsapp", "send by sms", "send via sms",
    "schick*", "sende", "senden", "weiterleit*", "übermittel*", "envoie*", "envoy*", "transmet*", "partage", "partagez", "partager", "envía", "envia*", "manda*", "reenvi*",
    // Sharing verbs, not their participles: "login compartilhado", "documentos compartidos" are shared things, not a send.
    "compartir*", "comparta*", "comparte*", "compartid", "compartidlo", "compartidla", "compartilha", "compartilhar*", "compartilhe*", "compartilhem", "compartí", "compartió", "envie", "enviem",
    "wyślij*", "prześlij*", "podeślij*", "udostępnij", "отправь*", "отправ*", "пришли", "перешли", "передай",
    // Forward, polite and infinitive (ru uk bg): "перешліть ... на адресу x@".
    "перешлите", "переслать", "перешліть", "переслати", "надішліть", "изпратете", "препратете", "gönder*", "ilet*", "paylaş*",
    // Japanese 共有 as a verb only ("共有してください", "共有をお願いします"): "共有の管理者パスワード", "共有フォルダ" are shared
    // things, and Chinese 共有 is "in all" ("共有三个账户").
    "送って", "送信", "転送", "共有し", "共有する", "共有を", "共有お願い", "共有ください", "共有いただ", "共有頂", "发送", "發送", "发给", "發給", "转发", "轉發", "보내*", "전송*", "공유*",
    "أرسل*", "ارسل*", "شارك", "שלח*", "תשלח*", "העבר*", "भेज*", "भेजो", "ارسال", "بفرست*", "فوروارد",
    // Forwarding verbs and settings: "encaminhar a caixa", "inoltrare la cartella", "-ForwardingSmtpAddress x@".
    "encaminh*", "inoltr*", "redirect*", "redirig*", "redireccion*", "redirecion*", "reindirizz*", "doorsturen", "stuur door", "forwardingsmtpaddress", "forwardingaddress",
    // Copying out and the Dutch send verbs, finite and participles ("an x@ kopieren", "wordt doorgestuurd naar x@").
    "kopier*", "kopieer*", "copie*", "copiez", "copiar", "copiad", "copien", "copiem", "copiare", "copiate", "skopiuj*", "скопиру*", "kopyala*",
    "doorgestuurd", "stuurt door", "stuur", "stuurt", "sturen", "gestuurd", "verstuur*", "verzend*", "verzonden",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "vui lòng gửi", "hãy gửi", "làm ơn gửi", "gửi giúp", "gửi cho", "gửi về", "gửi đến", "gửi tới", "gửi sang", "chuyển tiếp", "chuyển cho", "chia sẻ", "xuất", "tải lên", "надішли*", "надіслати", "відправ*", "поділись",
    "trimite*", "redirecționa*", "transmite*", "pošlete", "pošli", "poslat", "přepošlete", "přeposlat", "přepošli", "odešlete", "exportujte", "pošlite", "poslať",
    "prepošlite", "preposlať", "kirim*", "teruskan", "bagikan", "hantar*", "majukan", "skicka*", "vidarebefordra*", "mejla", "sendes", "videresend*", "lähetä", "lähettäkää",
    "välitä", "välittäkää", "στείλε", "στείλτε", "προώθησε", "προωθήστε", "পাঠান", "পাঠাও", "ফরোয়ার্ড", "tuma", "tumeni", "peleka", "sambaza", "küldd", "küldje",
    "küldjétek", "továbbítsd", "továbbítsa", "továbbítsátok", "ส่งต่อ", "ส่งไปที่", "ส่งไปยัง", "กรุณาส่ง", "รบกวนส่ง", "ช่วยส่ง",
    // el: the subjunctive after "να" ("οφείλουν να στείλουν", "πρέπει να προωθήσει")
    "στείλουν", "στείλει", "αποστείλουν", "αποστείλει", "προωθήσουν", "προωθήσει",
    // pl verbal nouns ("proszę o wysłanie archiwum jej skrzynki na adres x@"), lv ("pārsūtiet ... uz x@"), so ("u gudbi cinwaankeeda x@"),
    // pt participles of a copy ("sejam copiados para um Google Drive externo (x@)")
    "wysłanie", "przesłanie", "przekazanie", "pārsūtiet", "pārsūtīt", "nosūtiet", "nosūtīt", "sūtiet", "u gudbi", "u dir", "copiados", "copiadas", "copiado", "copiada",
    // pt ("mandem pra x@": the phrase, as "x@ e mandem a lista" is Portuguese "and", no Turkish dative "e" before a verb), lt ("nukopijuokite į x@"), ms ("eksport semua e-mel ... ke x@"), hu ("töltsétek fel erre a megosztásra")
    "mandem pra", "mande pra", "nukopijuokite", "persiųskite", "išsiųskite", "nusiųskite", "eksport", "eksportkan", "töltsétek fel", "töltse fel", "töltsd fel", "exportáljátok", "exportálja",
    // ur (Urdu)
    "بھیجیں", "بھیج دیں", "بھیج دو", "بھیجو", "فارورڈ کریں", "فارورڈ کر دیں",
    // ta (Tamil)
    "அனுப்பவும்", "அனுப்பு*", "பகிரவும்", "ஃபார்வர்ட் செய்யவும்",
    // te (Telugu)
    "పంపండి", "పంపించండి", "పంపించు", "ఫార్వర్డ్ చేయండి",
    // mr (Marathi)
    "पाठवा", "पाठवून", "फॉरवर्ड करा",
    // gu (Gujarati)
    "મોકલો", "મોકલી દો", "મોકલી આપો", "ફોરવર્ડ કરો",
    // pa (Punjabi, Gurmukhi)
    "ਭੇਜੋ", "ਭੇਜ ਦਿਓ", "ਫਾਰਵਰਡ ਕਰੋ",
    // ne (Nepali)
    "पठाउनुहोस्", "पठाउ*", "पठाइदिनुहोस्", "फरवार्ड गर्नुहोस्",
    // si (Sinhala)
    "යවන්න", "එවන්න", "ෆෝවර්ඩ් කරන්න",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "pošalj*", "proslijed*", "prosled*", "podijelite", "kopiraj*",
    // sr (Serbian Cyrillic)
    "пошаљи*", "пошаљите", "проследи*", "копирај*",
    // sl (Slovenian)
    "pošlji", "pošljite", "posreduj*", "preposlji", "prepošljite",
    // bg (Bulgarian)
    "изпрати", "препрати", "сподели", "споделете", "копирай*",
    // lt (Lithuanian)
    "išsiųs*", "persiųs*", "nusiųs*", "atsiųs*", "siųskite", "siųsk",
    // lv (Latvian)
    "nosūt*", "pārsūt*", "aizsūt*", "sūti", "sūtiet",
    // et (Estonian)
    "saatke", "saada mulle", "saada tema", "saada kõik", "saada koopia", "edasta*", "suunake ümber", "suuna ümber",
    // is (Icelandic)
    "sendu", "sendið", "áframsendu", "áframsendið", "framsendu", "framsendið",
    // af (Afrikaans)
    "aanstuur", "deurstuur", "stuur aan", "stuur deur",
    // az (Azerbaijani)
    "göndərin", "göndər", "göndərsin", "göndərilsin", "göndərmək", "göndərib", "yönləndirin", "yönləndir", "yönləndirilsin", "yönləndirmək", "yönləndirib", "ötür*", "paylaşın",
    // kk (Kazakh)
    "жіберіңіз", "жібер", "жіберу", "жіберіп", "жіберуді", "жіберіңдер", "жолдаңыз", "бағыттаңыз", "қайта бағыттаңыз", "бөлісіңіз",
    // uz (Uzbek)
    "yuboring", "yubor", "yuborish", "yuborib", "yuborsin", "yuborilsin", "jo'nating", "joʻnating", "joʼnating", "jo'nat", "joʻnat", "joʼnat", "jo'natish", "joʻnatish", "joʼnatish", "jo'natib", "joʻnatib", "joʼnatib", "jo'natilsin", "joʻnatilsin", "joʼnatilsin", "yo'naltiring", "yoʻnaltiring", "yoʼnaltiring", "yo'naltirish", "yoʻnaltirish", "yoʼnaltirish", "yo'naltirib", "yoʻnaltirib", "yoʼnaltirib", "yo'naltirilsin", "yoʻnaltirilsin", "yoʼnaltirilsin",
    // ka (Georgian)
    "გაგზავნე", "გაგზავნეთ", "გადაუგზავნე", "გადაუგზავნეთ", "გადააგზავნეთ", "გადაგზავნეთ", "გაუზიარეთ",
    // hy (Armenian)
    "ուղարկեք", "ուղարկիր", "ուղարկել", "փոխանցեք", "փոխանցիր",
    // am (Amharic)
    "ላኩ", "ላክ", "ይላኩ", "አስተላልፉ", "ያስተላልፉ", "አስተላልፍ",
    // so (Somali)
    "u dir", "u dira", "u dirta", "u gudbi", "u gudbiya", "gudbi",
    // zu (Zulu)
    "thumela", "thumelani", "dlulisela", "yithumele", "zithumele", "uthumele", "nithumele", "thumele",
    // A forward set up as a noun ("set up forwarding to x@", "auto-forwarding", "przekierowanie poczty na x@", "προώθηση ... στο x@").
    "forwarding", "auto forward*", "autoforward*", "mail forward*", "doorsturing", "przekierowanie", "przekierowa*", "przesłanie", "переадресаци*", "пришлите",
    "yönlendir*", "edelleenlähetys", "edelleenlähetä", "προώθηση", "penerusan",
    // Export and send verbs the list lacked: "merci d'exporter ses fichiers", "вивантажити її листування", "להעביר את כל תיבת הדואר", "পাঠিয়ে দিন", "pe bhej dena".
    "sender meg", "send meg", "send mig", "sender mig", "skicka mig",
    "exporter", "exportez", "exportar", "exportieren", "exporteren", "вивантаж*", "выгрузи*", "להעביר", "পাঠিয়ে", "bhej", "bhejo", "bhej do", "bhej dena", "pakisend", "paki send",
    // ar: the verbal noun joined to 'and' ('وإرسال قائمة عملائها إلى ...')
    "إرسال", "وإرسال", "وارسال", "وأرسل*", "وارسل*",
    // Redirect, share and export verbs the list lacked (ru uk it zh pl pt nl id ja ko hi ar tr sv): "перенаправьте всю её почту на x@",
    // "condividete la cassaforte delle password con x@", "共享给", "udostępnijcie", "mandem para", "deel de wachtwoordkluis met", "ekspor",
    // "エクスポートして", "내보내서", "पर फॉरवर्ड कर दें", "إعادة توجيه كل بريدها إلى", "dışa aktarıp", "exportera" (sharing participles stay out).
    "перенаправ*", "пересилання", "пересылку", "condividi", "condividete", "condividere", "共享给", "分享给", "共享到", "分享到", "导出", "導出", "エクスポート", "내보내*", "전달해*",
    "udostępnij*", "wyeksportuj*", "przekieruj*", "exporte", "exportem", "exportad", "exporta", "deel de", "deel het", "deel alle", "deel zijn", "deel haar", "exporteer",
    "ekspor", "फॉरवर्ड", "एक्सपोर्ट", "إعادة توجيه", "أعيدوا توجيه", "أعد توجيه", "تصدير", "صدروا", "dışa aktar*", "exportera*", "dela med",
    // Spanish formal plural imperatives ("envíen por favor la base de datos ... a x@")
    "envíen", "reenvíen", "manden", "remitan",
    // yo (Yoruba): the object between "fi" and "ránṣẹ́ sí" ("ẹ fi ọ̀rọ̀ aṣínà rẹ̀ ... ránṣẹ́ sí x@": send his password to)
    "ránṣẹ́ sí", "ranṣẹ si",
    // kk (Kazakh): "... мекенжайына жіберіңіздер" (send to the address), the verb last
    "жіберіңіз*", "жіберіңдер", "жіберу", "жолдаңыз*",
    // pt-PT sharing verbs ("Partilhem por favor a pasta ... com a agência externa"; not the participle "pasta partilhada"), cs upload
    // and export ("vyexportujte její schránku do PST a nahrajte ji na úložiště ... https://"), ar copy ("يرجى نسخ ملفاته ... إلى الرابط التالي").
    // fi: the sending as a noun before the recipient ("latauslinkin lähetys osoitteeseen x@").
    "lähetys osoitteeseen",
    "partilhem", "partilhe", "partilhar", "partilhai", "nahrajte", "nahrát", "nahraj", "vyexportujte", "vyexportovat", "نسخ", "انسخ", "انسخوا",
  ],
  /** What a leak would carry besides secrets: the packet, the data, codes (exfiltration only with a URL or address). */
  EXFIL_OBJECT: [
    // ca (Catalan)
    "bústia", "bustia", "correus", "contrasenyes", "contrasenya",
    // Records kept about patients or billing (a hospital's data).
    // tl: a copy of her mail ("ang buong kopya ng kanyang email")
    "kopya ng kanyang email", "kopya ng email niya", "kopya ng mga email", "buong kopya",
    "records", "patient records", "medical records", "billing records", "registros", "prontuários", "cartelle cliniche", "dossiers", "patientendaten", "dokumentacja", "mga record", "الملفات", "السجلات",
   "token", "admin token", "env", "printenv", "environment", "ssh", "id_rsa", "kubeconfig", "packet", "packets", "decision packet", "offboarding packet", "signed packet", "tokens", "codes", "recovery codes", "data", "export", "dump", "backup", "keys", "mailbox", "files", "the ledger", "secrets",
    // The leaver's mail, files and folders, in the languages of the lexicon (exfiltration only with a URL or an outside address).
    "pst", "pst file", "mailbox export", "onedrive", "google drive", "drive files", "folder", "folders", "contents", "inbox", "emails", "e mails", "mails", "customer list", "client list", "contacts", "contact list", "customer contact list", "price book", "price list", "audit trail", "audit trails", "batch records", "lab data", "source code",
    "postfach", "postfachs", "mailbox inhalt", "dateien", "ordner", "inhalt", "boîte mail", "boîte aux lettres", "boîte de réception", "messagerie", "fichiers", "dossier", "dossiers", "contenu",
    "buzón", "correos", "archivos", "carpeta", "carpetas", "contenido", "caixa de e mail", "caixa de email", "caixa de correio", "caixa postal", "arquivos", "pasta", "pastas", "conteúdo",
    "casella di posta", "casella email", "casella mail", "cartella", "cartelle", "contenuto", "skrzynk*", "pliki", "dane", "zawartość",
    "brievenbus", "bestanden", "map", "inhoud", "почтовый ящик", "почту", "файлы", "папку", "posta kutusu", "dosyalar", "klasör",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hộp thư", "tệp", "tập tin", "dữ liệu", "danh sách khách hàng", "поштову скриньку", "поштова скринька", "файли", "дані", "căsuța poștală", "cutia poștală", "fișierele",
    "datele", "exportul", "lista de clienți", "poštovní schránk*", "schránku", "soubory", "seznam zákazníků", "poštovú schránku", "súbory", "údaje", "zoznam zákazníkov",
    "kotak surat", "berkas", "daftar pelanggan", "brevlåda*", "postlåda*", "filerna", "kundlista*", "postkasse*", "filer", "kundeliste*", "postilaatikko*",
    "sähköpostilaatikko*", "tiedostot", "tiedostoja", "asiakaslista*", "asiakasrekisteri*", "γραμματοκιβώτιο", "αρχεία", "δεδομένα", "λίστα πελατών", "মেইলবক্স", "ফাইল",
    "sanduku la barua", "faili", "orodha ya wateja", "postafiók*", "fájljait", "fájlok*", "ügyféllist*", "กล่องจดหมาย", "ไฟล์", "ข้อมูล", "รายชื่อลูกค้า",
    // ms so da lt ur: her mail and files ("e-mel dan failnya", "iimaylkeeda iyo faylasheeda", "hans indbakke", "OneDrive turinį", "رابطوں کی فہرست")
    "e mel", "emel", "failnya", "iimayl*", "faylash*", "indbakke", "turinį", "رابطوں کی فہرست",
    // ur (Urdu)
    "میل باکس", "ای میلز", "فائلیں",
    // ta (Tamil)
    "அஞ்சல் பெட்டி*", "கோப்புகள்*", "மின்னஞ்சல்கள்*",
    // te (Telugu)
    "మెయిల్‌బాక్స్*", "ఫైళ్ల*", "ఫైల్స్",
    // mr (Marathi)
    "मेलबॉक्स", "फाइल्स", "फायली",
    // gu (Gujarati)
    "મેઇલબોક્સ", "ફાઇલો",
    // pa (Punjabi, Gurmukhi)
    "ਮੇਲਬਾਕਸ", "ਫਾਈਲਾਂ",
    // ne (Nepali)
    "मेलबक्स", "फाइलहरू",
    // si (Sinhala)
    "තැපැල් පෙට්ටිය", "ගොනු",
    // ca (Catalan)
    "fitxers", "correus electrònics",
    // The list of who has access to what (en de fr es pt it nl pl): "send the access list to the external auditor at x@" (an
    // auditor who "will review the access list" is sent nothing).
    "access list", "access lists", "permissions list", "permission list", "list of permissions", "zugriffsliste", "berechtigungsliste", "berechtigungslisten",
    "liste des accès", "liste d accès", "liste des droits", "lista de accesos", "lista de permisos", "lista de acessos", "lista de permissões",
    "lista degli accessi", "elenco degli accessi", "lista dei permessi", "toegangslijst", "lijst met rechten", "lista dostępów", "listę dostępów", "lista uprawnień", "listę uprawnień",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "poštanski sandučić", "sandučić", "pretinac", "datoteke", "e poštu", "sanduče", "fajlove", "podatke",
    // sr (Serbian Cyrillic)
    "поштанско сандуче", "сандуче", "фајлове", "датотеке", "податке",
    // sl (Slovenian)
    "nabiralnik", "poštni predal", "e pošto", "datoteke",
    // bg (Bulgarian)
    "пощенската кутия", "пощата", "файловете", "данните", "имейлите", "пощенската му кутия", "пощенска кутия",
    // lt (Lithuanian)
    "pašto dėžutę", "failus", "duomenis", "laiškus",
    // lv (Latvian)
    "pastkastīti", "failus", "datus", "e pastus",
    // et (Estonian)
    "postkast*", "failid", "faile", "andmed", "kirjad",
    // is (Icelandic)
    "pósthólf*", "tölvupóstinn", "skrár", "skrárnar", "gögn", "gögnin",
    // af (Afrikaans)
    "posbus", "e posbus", "die lêers", "e posse",
    // az (Azerbaijani)
    "poçt qutusu*", "fayllar*", "məktublar*", "e poçtlar*",
    // kk (Kazakh)
    "пошта жәшігі*", "файлдар*", "хаттар*",
    // uz (Uzbek)
    "pochta qutisi*", "fayllar*", "xatlar*",
    // ka (Georgian)
    "საფოსტო ყუთ*", "ფაილებ*", "წერილებ*",
    // hy (Armenian)
    "փոստարկղ*", "ֆայլեր*", "նամակներ*",
    // am (Amharic)
    "የመልእክት ሳጥን*", "የኢሜይል ሳጥን*", "ፋይሎች*", "ፋይሎቹን",
    // so (Somali)
    "sanduuqa boostada", "sanduuqa emailka", "faylasha", "fayladiisa", "fayladeeda", "iimaylada",
    // zu (Zulu)
    "ibhokisi leposi", "amafayela*",
    // The leaver's correspondence and an export of it: "вивантажити її листування", "মেইলবক্সের একটা এক্সপোর্ট".
    "correspondence", "correspondencia", "correspondance", "korrespondenz", "correspondência", "corrispondenza", "correspondentie", "korespondencj*", "переписк*", "листування",
    "মেইলবক্স*", "এক্সপোর্ট",
    // The leaver's files and data in Chinese, Japanese and Korean ("全部排班文件…打包，发到 x@").
    "文件", "资料", "資料", "ファイル", "파일", "자료", "드라이브",
    // A link to the leaver's data sent on ("send the download link to her private address x@").
    "download link*", "share link*", "sharing link*", "the link", "drive", "her drive", "his drive", "shared drive",
    // The leaver's mail as the thing forwarded ("forward all her unread mail to x@", "inoltrare tutta la sua posta a x@"), not "an email" sent to someone.
    "her mail", "his mail", "her email", "his email", "her e mail", "his e mail", "their mail", "unread mail", "incoming mail", "incoming email", "incoming e mail", "all mail", "all email",
    "sua posta", "la posta", "hennes mejl", "hans mejl", "inkommande mejl", "son courrier", "ses courriels", "su correo", "seu email", "seu e mail", "zijn mail", "haar mail",
    "jego pocztę", "jej pocztę", "его почту", "её почту", "ее почту", "його пошту", "її пошту", "seine mails", "ihre mails", "toàn bộ email", "semua email", "הדואר", "μηνυμάτων", "μηνύματα", "邮件", "郵件", "邮箱", "郵箱", "メール", "메일", "البريد",
    // a customer or contact list in the major languages ('ihre Kundenliste an meine private Adresse', 'la lista de clientes', '顧客リスト', 'список клиентов')
    "kundenliste*", "kontaktliste*", "liste de clients", "liste des clients", "liste de contacts", "lista de clientes", "lista de contactos", "lista de contatos", "lista clienti", "elenco clienti", "lista dei clienti", "klantenlijst", "klantenbestand", "contactenlijst", "lista klientów", "listę klientów", "listy klientów", "список клиентов", "список контактов", "список клієнтів", "müşteri listesi*", "müşteri listesini", "顧客リスト", "顧客名簿", "客户名单", "客户列表", "客戶名單", "고객 목록", "고객 명단", "قائمة العملاء", "قائمة عملائ*", "ग्राहक सूची",
    // a list of all customers (id ms)
    "daftar semua pelanggan", "daftar seluruh pelanggan", "senarai pelanggan",
    // The leaver's mail as the thing forwarded, in more forms ("all of the leaver's mail", "메일을", "सारी मेल", "كل بريدها", "e-postalarını",
    // "hennes e-post", "всієї його пошти", "daftar pelanggannya").
    "leaver's mail", "leaver's email", "leaver's e mail", "leaver's mailbox", "all of her mail", "all of his mail", "all of her email", "all of his email", "all of their mail", "all of the mail",
    "메일을", "메일도", "이메일을", "메일함*", "सारी मेल", "उसकी मेल", "उसके ईमेल", "सारे ईमेल", "ईमेल्स", "كل بريدها", "كل بريده", "جميع بريدها", "جميع بريده", "رسائلها", "رسائله", "جميع رسائل*",
    "e postaları*", "postalarını", "maillerini", "hennes e post", "hans e post", "all e post", "його пошти", "її пошти", "всієї пошти", "всю пошту", "всю почту", "его письма", "её письма", "ее письма",
    "daftar pelanggan*", "semua emailnya", "semua email", "seluruh email*", "seluruh e mail*",
    // The leaver's mail stream a copy is put on (en fr es pt it nl pl ar): "add x@ as bcc to her outgoing mail", "mettre en copie x@ sur
    // ses échanges", "أرسلوا نسخة من بريدها إلى x@" (a copy of her mail).
    "outgoing mail", "outgoing email", "outgoing emails", "outgoing e mail", "outgoing e mails", "outgoing messages", "her outgoing mail", "his outgoing mail",
    "ses mails", "ses e mails", "ses courriels", "ses échanges", "sa correspondance", "sus correos", "su correo saliente", "seus e mails", "sua correspondência",
    "le sue mail", "la sua posta", "haar mails", "zijn mails", "jej maile", "jego maile", "نسخة من بريدها", "نسخة من بريده",
    // Source code and chats (en de fr es pt it nl pl ru uk tr sv id zh ja ko ar hi): "download his repositories and put them on my personal drive".
    "repo", "repos", "repository", "repositories", "git repo", "git repository", "source code", "codebase", "code base", "direct messages", "slack dms", "slack messages", "chat history",
    "quellcode", "code source", "dépôt git", "dépôts", "repositorio*", "código fuente", "repositório*", "código fonte", "codice sorgente", "broncode", "repozytori*", "kod źródłowy",
    "репозитори*", "исходный код", "исходники", "репозитор*", "вихідний код", "kaynak kod*", "källkod*", "kode sumber", "repositori", "代码库", "源代码", "源码", "リポジトリ", "ソースコード",
    "저장소", "소스 코드", "리포지토리", "المستودع", "الشيفرة المصدرية", "الكود المصدري", "रिपॉजिटरी", "सोर्स कोड",
    // A link to the data ("then send that link to x@").
    "that link", "this link",
    // A database the leaver kept ("la base de datos de beneficiarios que ella manejaba")
    "database", "databases", "the database", "base de datos", "bases de datos", "base de dados", "bases de dados", "datenbank", "base de données", "banca dati", "baza danych", "bazę danych", "база данных", "базу данных", "база даних", "базу даних", "veritabanı", "データベース", "数据库", "數據庫", "데이터베이스", "قاعدة البيانات", "قاعدة بيانات", "डेटाबेस", "databasen",
    // Logs and exports of operational systems (dispatch, SCADA) (en de fr es pt it nl pl ru uk tr sv zh ja ko hi vi): "Exporta los registros de despacho",
    // "SCADA-Exporte ... auf einen USB-Stick", "डिस्पैच लॉग्स ... vendor@ पर भेजिए".
    "logs", "log files", "logfiles", "exports", "exporte", "logdateien", "protokolldateien", "journaux", "fichiers journaux", "exportaciones", "exportações", "esportazioni", "logbestanden", "logi", "dzienniki",
    "логи", "журналы", "журнали", "loglar*", "loggar", "loggfiler*", "日志", "ログ", "로그*", "लॉग्स", "लॉग फाइल*", "nhật ký",
    "base clients", "fichier clients", "fichier des clients", "base des usagers", "fichier des usagers",
    // kk (Kazakh): the export and the list from his mailbox ("CRM экспортын", "дәрігерлер тізімін")
    "экспорт*", "тізім*", "поштасындағы",
    // The leaver's HR file and pay history, and a system's query history (en de fr es pt it nl pl hi): "send a copy of Fiona's
    // complete personnel file (including salary history) to x@", "Personalakten als ZIP exportieren", "enviad copia de su expediente
    // completo de RRHH a x@", "exportar el historial de dispensación", "exporta o histórico do WhatsApp e a planilha de clientes",
    // "export his query history and saved reports", "نسخ ملفاته وقاعدة بيانات المستفيدين"; a bare Spanish "expediente" is any case file ("el expediente de baja").
    "personnel file", "personnel files", "personnel record", "personnel records", "employee file", "employee files", "staff file", "hr file", "hr files",
    "salary history", "salary data", "pay history", "payroll data", "payroll file", "payroll files", "query history", "search history", "saved reports",
    "personalakte", "personalakten", "personaldaten", "gehaltsdaten", "gehaltshistorie", "entgeltdaten", "lohndaten", "dossier du personnel", "dossier individuel",
    "historique de paie", "historique des salaires", "données de paie", "expediente completo", "expediente de rrhh", "expediente personal", "expediente laboral",
    "historial", "datos de nómina", "histórico", "planilha", "planilhas", "processo individual", "ficha funcional", "fascicolo personale", "fascicolo del personale",
    "dati retributivi", "ملفاته", "ملفاتها", "وقاعدة بيانات", "وقاعدة البيانات", "personeelsdossier", "personeelsdossiers", "salarisgegevens", "akta osobowe", "teczka osobowa", "teczkę osobową", "dane płacowe", "वेतन फाइल",
    // A mailbox's PST file and its download link (fi ko ro zh): "latauslinkin lähetys osoitteeseen x@", "다운로드 링크를 x@ 로 발송",
    // "trimiterea linkului de descărcare la x@", "把下载链接发送至 x@", "postilaatikkonsa PST-tiedosto", "fișierul PST".
    "latauslink*", "pst tiedosto*", "다운로드 링크*", "linkului de descărcare", "linkul de descărcare", "fișierul pst", "下载链接", "下載連結",
    // Everything that comes in, as the thing a forward carries (es pt): "una regla que reenvíe todo lo entrante al conector ...".
    "todo lo entrante", "correo entrante", "correos entrantes", "tudo o que entrar", "e mails recebidos",
  ],
} as const satisfies Record<string, readonly string[]>;
