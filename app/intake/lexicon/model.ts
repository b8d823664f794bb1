/** Concepts for exfiltration, role shifts and manipulation of the model's output (see override.ts for the entry syntax). */
export const MODEL_CONCEPTS = {
  SEND: [
    // ca (Catalan)
    "envia", "envieu", "enviar", "reenvia", "reenvieu", "reenviar", "tramet*",
    // Italian send verbs ("potete inviare a x@ la password"); tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "invia*", "aika", "aiko", "tura", "ipadala", "fi ranṣẹ", "ابعت*", "ابعتوا",
    "transfér*", "transferir", "transfira", "übertrag*", "发到", "发送到", "發到", "reply with", "paste them", "pasting them",
    "send", "forward", "email", "e mail", "mail", "post", "upload", "paste", "share", "export", "transfer", "leak", "exfiltrate", "curl", "wget", "copy", "dm", "include",
    "schick*", "sende", "senden", "weiterleit*", "übermittel*", "envoie*", "envoy*", "transmet*", "partage", "partagez", "partager", "envía", "envia*", "manda*", "reenvi*",
    // Sharing verbs, not their participles: "login compartilhado", "documentos compartidos" are shared things, not a send.
    "compartir*", "comparta*", "comparte*", "compartid", "compartidlo", "compartidla", "compartilha", "compartilhar*", "compartilhe*", "compartilhem", "compartí", "compartió", "envie", "enviem",
    "wyślij*", "prześlij*", "podeślij*", "udostępnij", "отправь*", "отправ*", "пришли", "перешли", "передай",
    // Forward, polite and infinitive (ru uk bg): "перешліть ... на адресу x@".
    "перешлите", "переслать", "перешліть", "переслати", "надішліть", "изпратете", "препратете", "gönder*", "ilet*", "paylaş*",
    "送って", "送信", "転送", "共有", "发送", "發送", "发给", "發給", "转发", "轉發", "보내*", "전송*", "공유*",
    "أرسل*", "ارسل*", "شارك", "שלח*", "תשלח*", "העבר*", "भेज*", "भेजो", "ارسال", "بفرست*", "فوروارد",
    // Forwarding verbs and settings: "encaminhar a caixa", "inoltrare la cartella", "-ForwardingSmtpAddress x@".
    "encaminh*", "inoltr*", "redirect*", "redirig*", "redireccion*", "redirecion*", "reindirizz*", "doorsturen", "stuur door", "forwardingsmtpaddress", "forwardingaddress",
    // Copying out and the Dutch send verbs, finite and participles ("an x@ kopieren", "wordt doorgestuurd naar x@").
    "kopier*", "kopieer*", "copie*", "copiez", "copiar", "copiad", "copien", "copiem", "copiare", "copiate", "skopiuj*", "скопиру*", "kopyala*",
    "doorgestuurd", "stuurt door", "stuur", "stuurt", "sturen", "gestuurd", "verstuur*", "verzend*", "verzonden",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "gửi cho", "gửi về", "gửi đến", "gửi tới", "gửi sang", "chuyển tiếp", "chuyển cho", "chia sẻ", "xuất", "tải lên", "надішли*", "надіслати", "відправ*", "поділись",
    "trimite*", "redirecționa*", "transmite*", "pošlete", "pošli", "poslat", "přepošlete", "přeposlat", "přepošli", "odešlete", "exportujte", "pošlite", "poslať",
    "prepošlite", "preposlať", "kirim*", "teruskan", "bagikan", "hantar*", "majukan", "skicka*", "vidarebefordra*", "mejla", "sendes", "videresend*", "lähetä", "lähettäkää",
    "välitä", "välittäkää", "στείλε", "στείλτε", "προώθησε", "προωθήστε", "পাঠান", "পাঠাও", "ফরোয়ার্ড", "tuma", "tumeni", "peleka", "sambaza", "küldd", "küldje",
    "küldjétek", "továbbítsd", "továbbítsa", "továbbítsátok", "ส่งต่อ", "ส่งไปที่", "ส่งไปยัง", "กรุณาส่ง", "รบกวนส่ง", "ช่วยส่ง",
    // el: the subjunctive after "να" ("οφείλουν να στείλουν", "πρέπει να προωθήσει")
    "στείλουν", "στείλει", "αποστείλουν", "αποστείλει", "προωθήσουν", "προωθήσει",
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
    "thumela", "thumelani", "dlulisela", "yithumele", "zithumele",
    // A forward set up as a noun ("set up forwarding to x@", "auto-forwarding", "przekierowanie poczty na x@", "προώθηση ... στο x@").
    "forwarding", "auto forward*", "autoforward*", "mail forward*", "doorsturing", "przekierowanie", "przekierowa*", "przesłanie", "переадресаци*", "пришлите",
    "yönlendir*", "edelleenlähetys", "edelleenlähetä", "προώθηση", "penerusan",
    // Export and send verbs the list lacked: "merci d'exporter ses fichiers", "вивантажити її листування", "להעביר את כל תיבת הדואר", "পাঠিয়ে দিন", "pe bhej dena".
    "exporter", "exportez", "exportar", "exportieren", "exporteren", "вивантаж*", "выгрузи*", "להעביר", "পাঠিয়ে", "bhej", "bhejo", "bhej do", "bhej dena", "pakisend", "paki send",
  ],
  /** What a leak would carry besides secrets: the packet, the data, codes (exfiltration only with a URL or address). */
  EXFIL_OBJECT: [
    // ca (Catalan)
    "bústia", "bustia", "correus", "contrasenyes", "contrasenya",
    // Records kept about patients or billing (a hospital's data).
    "records", "patient records", "medical records", "billing records", "registros", "prontuários", "cartelle cliniche", "dossiers", "patientendaten", "dokumentacja", "mga record", "الملفات", "السجلات",
   "token", "admin token", "env", "printenv", "environment", "ssh", "id_rsa", "kubeconfig", "packet", "packets", "decision packet", "offboarding packet", "signed packet", "tokens", "codes", "recovery codes", "data", "export", "dump", "backup", "keys", "mailbox", "files", "the ledger", "secrets",
    // The leaver's mail, files and folders, in the languages of the lexicon (exfiltration only with a URL or an outside address).
    "pst", "pst file", "mailbox export", "onedrive", "google drive", "drive files", "folder", "folders", "contents", "inbox", "emails", "e mails", "mails", "customer list", "client list", "contacts",
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
    // The leaver's files and data in Chinese, Japanese and Korean ("全部排班文件…打包，发到 x@").
    "文件", "资料", "資料", "ファイル", "파일", "자료", "드라이브",
    // A link to the leaver's data sent on ("send the download link to her private address x@").
    "download link*", "share link*", "sharing link*", "the link", "drive", "her drive", "his drive", "shared drive",
    // The leaver's mail as the thing forwarded ("forward all her unread mail to x@", "inoltrare tutta la sua posta a x@"), not "an email" sent to someone.
    "her mail", "his mail", "her email", "his email", "her e mail", "his e mail", "their mail", "unread mail", "incoming mail", "incoming email", "incoming e mail", "all mail", "all email",
    "sua posta", "la posta", "hennes mejl", "hans mejl", "inkommande mejl", "son courrier", "ses courriels", "su correo", "seu email", "seu e mail", "zijn mail", "haar mail",
    "jego pocztę", "jej pocztę", "его почту", "её почту", "ее почту", "його пошту", "її пошту", "seine mails", "ihre mails", "toàn bộ email", "semua email", "הדואר", "μηνυμάτων", "μηνύματα", "邮件", "郵件", "邮箱", "郵箱", "メール", "메일", "البريد",
  ],
  SECRET: [
    // Codes and keys that open the leaver's account or device: "her BitLocker recovery key", "the new enrolment code", "OTP 복구 코드".
    "recovery key*", "bitlocker key*", "bitlocker recovery*", "enrolment code*", "enrollment code*", "mfa code*", "mfa recovery*", "otp code*", "one time code*", "token seed*", "password reset link*",
    "wiederherstellungsschlüssel", "wiederherstellungscode*", "clé de récupération", "code de récupération", "codes de récupération", "clave de recuperación", "código de recuperación",
    "códigos de recuperación", "chave de recuperação", "código de recuperação", "códigos de recuperação", "chiave di ripristino", "codice di recupero", "codici di recupero", "herstelsleutel",
    "herstelcode*", "klucz odzyskiwania", "kod odzyskiwania", "kody odzyskiwania", "ключ восстановления", "код восстановления", "коды восстановления", "kurtarma anahtar*", "kurtarma kod*",
    "回復キー", "リカバリーキー", "回復コード", "恢复密钥", "恢复代码", "恢复码", "복구 키*", "복구 코드*", "مفتاح الاسترداد", "رموز الاسترداد", "מפתח שחזור", "קודי שחזור", "कोड रिकवरी", "रिकवरी कोड",
    "کد بازیابی", "کلید بازیابی", "engangskode*", "engångskod*", "kod mfa", "kode mfa", "kod sandaran",
    "vault entries", "saved vault", "vault contents", "contents of the vault", "contenido del vault", "vault del equipo", "password safe", "passwortsafe", "coffre", "ssh schlüssel", "令牌", "访问密钥", "service account credentials",
    "1password*", "lastpass", "bitwarden", "keepass*", "password vault", "password manager", "ci secret*", "deploy key*", "deploy token*", "env var*", "password*", "passwd", "passphrase*", "credential*", "secret*", "api key*", "apikey*", "api token*", "access token*", "auth token*", "session token*", "bearer token*", "personal access token*", "vault token*", "lease token*", "github token*",
    "private key*", "signing key*", "ssh key*", "access key*", "secret key*", "encryption key*", "recovery code*", "backup code*", "mfa seed*", "otp seed*", "2fa code*", "seed phrase", "session cookie*", "env file", "environment variables", "key material",
    "passwort*", "kennwort*", "zugangsdaten", "mot de passe", "mots de passe", "identifiants", "clé privée", "contraseña*", "credencial*", "clave privada", "senha*", "credenciais", "chave privada",
    // Passwords in the plural (ru uk bg "пароли", "паролі"), Persian "رمزهای ...", API keys with the noun first (fa ar).
    "парол*", "رمزهای", "رمزها", "کلید api", "کلیدهای api", "مفاتيح api", "مفتاح api",
    "hasło", "hasła", "haseł", "dane logowania", "klucz prywatny", "пароль*", "учетные данные", "учётные данные", "закрытый ключ", "şifre*", "parola*", "kimlik bilgileri",
    "パスワード", "認証情報", "秘密鍵", "密码", "密碼", "凭证", "憑證", "密钥", "密鑰", "비밀번호", "암호", "자격 증명",
    "كلمة المرور", "كلمات المرور", "بيانات الاعتماد", "סיסמה", "סיסמאות", "פרטי התחברות", "पासवर्ड", "क्रेडेंशियल", "رمز عبور", "گذرواژه", "اطلاعات ورود",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "mật khẩu", "thông tin đăng nhập", "khóa api", "mã khôi phục", "облікові дані", "ключ доступу", "parolele", "cheia privată", "cheile api", "hesl*", "přihlašovací údaje",
    "soukromý klíč", "prihlasovacie údaje", "súkromný kľúč", "kata sandi", "kata laluan", "kredensial", "kode pemulihan", "lösenord*", "inloggningsuppgifter", "adgangskode*",
    "kodeord*", "loginoplysninger", "passord*", "påloggingsinformasjon", "salasana*", "tunnistetiedot", "kirjautumistiedot", "κωδικός πρόσβασης", "κωδικό πρόσβασης",
    "κωδικούς πρόσβασης", "συνθηματικό", "διαπιστευτήρια", "পাসওয়ার্ড", "nenosiri", "nywila", "neno la siri", "jelszó*", "jelszav*", "hitelesítő adat*",
    "bejelentkezési adat*", "รหัสผ่าน",
    // ur (Urdu)
    "پاس ورڈ", "پاسورڈ", "لاگ ان کی تفصیلات",
    // ta (Tamil)
    "கடவுச்சொல்*",
    // te (Telugu)
    "పాస్‌వర్డ్*", "లాగిన్ వివరాలు",
    // gu (Gujarati)
    "પાસવર્ડ*",
    // pa (Punjabi, Gurmukhi)
    "ਪਾਸਵਰਡ*",
    // si (Sinhala)
    "මුරපද*",
    // ca (Catalan)
    "contrasenya", "contrasenyes", "credencials", "clau privada", "claus d accés",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "lozink*", "zaporka", "zaporke", "zaporku", "pristupni podaci", "pristupne podatke", "pristupnih podataka", "vjerodajnic*",
    // sr (Serbian Cyrillic)
    "лозинк*", "приступни подаци", "приступне податке",
    // sl (Slovenian)
    "geslo", "gesla", "gesel", "poverilnic*", "dostopni podatki", "dostopne podatke",
    // bg (Bulgarian)
    "данни за вход", "данните за вход", "данните му за вход", "частния ключ",
    // lt (Lithuanian)
    "slaptažod*", "prisijungimo duomen*",
    // lv (Latvian)
    "paroles", "paroli", "piekļuves dati", "piekļuves datus", "pieteikšanās dati", "pieteikšanās datus",
    // et (Estonian)
    "parool*", "salasõna*", "sisselogimisandmed", "sisselogimisandmeid", "juurdepääsuandmed",
    // is (Icelandic)
    "lykilorð*", "aðgangsorð*", "innskráningarupplýsingar",
    // af (Afrikaans)
    "wagwoord*", "aanmeldbesonderhede", "geloofsbriewe", "toegangsbewyse",
    // az (Azerbaijani)
    "şifrə*", "parol*", "giriş məlumatları*", "api açar*",
    // kk (Kazakh)
    "құпиясөз*", "құпия сөз*", "кіру деректері*", "тіркелгі деректері*",
    // uz (Uzbek)
    "maxfiy so'z*", "maxfiy soʻz*", "maxfiy soʼz*", "kirish ma'lumotlari*", "kirish maʻlumotlari*", "kirish maʼlumotlari*",
    // ka (Georgian)
    "პაროლ*", "ავტორიზაციის მონაცემ*", "შესვლის მონაცემ*",
    // hy (Armenian)
    "գաղտնաբառ*", "մուտքի տվյալներ*",
    // am (Amharic)
    "የይለፍ ቃል", "የይለፍ ቃሉን", "የይለፍ ቃሎች*", "የይለፍ ቃሎቹ*", "የይለፍ ቃላት*", "ይለፍ ቃል", "ይለፍ ቃሎች*", "የመግቢያ መረጃ*",
    // so (Somali)
    "furaha sirta*", "erayga sirta*", "ereyga sirta*", "lambarka sirta*",
    // zu (Zulu)
    "iphasiwedi*", "amaphasiwedi*", "amagama ayimfihlo", "igama eliyimfihlo",
  ],
  REVEAL: [
    "reveal", "print", "show", "output", "repeat", "leak", "display", "dump", "disclose", "expose", "tell me", "write out", "echo",
    "zeige*", "gib aus", "verrate", "affiche*", "révèle*", "répète*", "muestra*", "revela*", "repite*", "imprime*", "mostre", "revele", "repita",
    "pokaż", "ujawnij", "powtórz", "покажи", "выведи", "раскрой", "повтори", "göster", "tekrarla", "表示", "教えて", "出力", "显示", "顯示", "输出", "泄露", "重复",
    "보여*", "출력*", "공개*", "اعرض", "اكشف", "הצג", "חשוף", "दिखाओ", "बताओ", "نشان بده", "فاش",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hiển thị", "tiết lộ", "розкрий", "виведи", "arată", "dezvăluie", "ukaž", "zobraz", "prozraď", "ukáž", "tampilkan", "tunjukkan", "visa mig", "vis mig", "näytä",
    "paljasta", "δείξε", "αποκάλυψε", "mutasd", "árulja el", "แสดง",
    // af (Afrikaans)
    "wys", "openbaar",
    // az (Azerbaijani)
    "göstər", "açıqla",
  ],
  SYSTEM_PROMPT: [
    "system prompt", "system message", "initial prompt", "hidden prompt", "hidden instructions", "developer message", "secret instructions", "systemprompt", "systemanweisung*", "prompt système", "prompt del sistema", "prompt do sistema", "prompt systemowy",
    "системный промпт", "системные инструкции", "sistem istemi", "システムプロンプト", "系统提示", "系統提示", "시스템 프롬프트", "موجه النظام", "הנחיית המערכת", "सिस्टम प्रॉम्प्ट", "پرامپت سیستم",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "lời nhắc hệ thống", "системний промпт", "системні інструкції", "promptul de sistem", "promptul sistemului", "systémový prompt", "prompt sistem", "järjestelmäkehote",
    "μήνυμα συστήματος", "rendszerprompt*", "พรอมต์ระบบ",
    // af (Afrikaans)
    "stelselopdrag",
    // az (Azerbaijani)
    "sistem təlimatı", "sistem təlimatları",
  ],
  ADDRESS: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "àkíyèsí fún", "paalala sa", "paalala para sa", "sanarwa ga",
    "примечание для", "заметка для", "hinweis für", "note pour", "nota para", "nota per", "note for the","dear", "note to", "note for", "comment for", "heads up for", "hinweis an", "message pour", "uwaga dla", "observação para", "mensaje para", "opmerking voor", "notes for", "side note for", "reminder for", "for the attention of", "instructions for the", "attention", "attn", "hey", "hi", "hello", "message for", "message to", "instructions for", "if you are", "to any", "liebe", "lieber", "hallo", "cher", "chère", "querida", "querido", "hola", "olá", "drogi", "droga", "дорогой", "уважаемый", "sevgili", "merhaba", "親愛なる", "亲爱的", "親愛的", "친애하는", "عزيزي", "יקר", "प्रिय", "عزیز",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "lưu ý cho", "ghi chú cho", "lưu ý dành cho", "nếu bạn là", "примітка для", "нотатка для", "до уваги", "шановний", "якщо ти", "якщо ви", "notă pentru", "notă către",
    "dragă", "stimate", "în atenția", "dacă ești", "poznámka pro", "vážený", "milý", "pokud jsi", "poznámka pre", "ak si", "catatan untuk", "catatan bagi", "kepada",
    "jika anda adalah", "notering till", "anteckning till", "meddelande till", "kära", "hej", "note til", "bemærkning til", "besked til", "kære", "merknad til", "notat til",
    "beskjed til", "kjære", "hei", "huomio", "huom", "huomautus", "jos olet", "σημείωση για", "σημείωση προς", "αγαπητέ", "αγαπητό", "αν είσαι", "প্রিয়", "ujumbe kwa",
    "mpendwa", "kama wewe ni", "megjegyzés", "kedves", "figyelem", "ha te", "หมายเหตุถึง", "หมายเหตุสำหรับ",
    // hr (Croatian)
    "napomena za", "bilješka za", "poruka za",
    // sr (Serbian Cyrillic)
    "напомена за", "белешка за", "порука за",
    // sl (Slovenian)
    "opomba za", "sporočilo za",
    // bg (Bulgarian)
    "бележка за", "забележка за", "съобщение за",
    // lt (Lithuanian)
    "pastaba", "pranešimas",
    // lv (Latvian)
    "piezīme", "uzmanību",
    // et (Estonian)
    "märkus", "teade",
    // is (Icelandic)
    "athugasemd til", "athugasemd fyrir", "athugið",
    // af (Afrikaans)
    "nota vir", "nota aan", "boodskap vir",
    // ka (Georgian)
    "შენიშვნა",
    // hy (Armenian)
    "նշում",
  ],
  /** The pipeline that reads the request, addressed: "Note for processing", "NOTE for automation", "side note for the parser". */
  PROCESSOR: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "ẹ̀rọ aládàáṣe", "ẹ̀rọ alágbèéká", "na'ura mai sarrafa kai", "tsarin atomatik", "السيستم", "سيستم", "البوت",
    "бот", "бота", "боту", "роботу", "robot", "le bot", "el bot", "der bot", "o bot", "il bot",
    "offboarding assistant", "automated assistant", "automatic assistant", "virtual assistant", "ai assistant", "assistente automatico", "asistente automático", "assistant automatique", "automatischer assistent", "automatische assistent",
    "automation", "automations", "the automation", "processor", "pipeline", "the pipeline", "the workflow", "workflow engine", "bot", "bots", "the bot", "offboarding bot", "reviewer bot", "agent", "the agent", "ai agent", "tooling", "the script", "parser", "the parser", "the model", "the system", "whoever processes this", "the reader",
    "automatisierung", "verarbeitung", "le traitement", "l automatisation", "la automatización", "el procesamiento", "a automação", "o processamento", "automatyzacj*", "автоматизаци*", "обработк*", "otomasyon", "自動化", "自动化", "자동화", "الأتمتة", "אוטומציה", "ऑटोमेशन", "اتوماسیون",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hệ thống tự động", "hệ thống xử lý", "bộ xử lý", "tự động hóa", "автоматизаці*", "автоматична система", "автоматичної системи", "обробник*", "procesator*",
    "sistemul automat", "automatizare*", "robotul", "botul", "automatizac*", "automatický systém", "automatickému systému", "automatizáci*", "otomatisasi", "sistem otomatis",
    "pemroses", "automatisering*", "systemet", "roboten", "boten", "automatiske system*", "automatiska systemet", "automatiseringen", "robotten", "automaatio*",
    "järjestelmälle", "botille", "automaattiselle järjestelmälle", "αυτοματοποίηση", "αυτόματο σύστημα", "το σύστημα", "στο σύστημα", "স্বয়ংক্রিয় সিস্টেম", "অটোমেশন", "বট",
    "mfumo wa kiotomatiki", "roboti", "automatizálás*", "automatikus rendszer*", "ระบบอัตโนมัติ", "บอท",
    // hr (Croatian)
    "automatsku obradu", "automatska obrada", "automatskoj obradi", "automatizaciju", "automatizacija", "automatski sustav", "automatskom sustavu",
    // ca (Catalan)
    "processament automàtic", "el processament automàtic", "sistema automàtic",
    // sr (Serbian Cyrillic)
    "аутоматску обраду", "аутоматска обрада", "аутоматској обради",
    // sl (Slovenian)
    "avtomatsko obdelavo", "avtomatski obdelavi", "avtomatska obdelava",
    // bg (Bulgarian)
    "автоматичната обработка", "автоматична обработка",
    // lt (Lithuanian)
    "automatiniam apdorojimui", "automatinis apdorojimas", "automatizuotai sistemai", "sistemai",
    // lv (Latvian)
    "automātiskajai apstrādei", "automātiskā apstrāde", "sistēmai",
    // et (Estonian)
    "automaatseks töötlemiseks", "automaatne töötlus", "automaatsele töötlusele", "süsteemile",
    // is (Icelandic)
    "sjálfvirkrar vinnslu", "sjálfvirka vinnslu", "sjálfvirkri vinnslu", "kerfinu",
    // af (Afrikaans)
    "die stelsel", "outomatiese stelsel", "die outomatisering",
    // az (Azerbaijani)
    "avtomatlaşdırma", "avtomatik sistem*",
    // kk (Kazakh)
    "жүйеге", "автоматты жүйе*", "автоматтандыру*",
    // uz (Uzbek)
    "tizim", "tizimga", "avtomatik tizim*",
    // ka (Georgian)
    "ავტომატური სისტემ*", "სისტემისთვის", "ბოტისთვის",
    // hy (Armenian)
    "ավտոմատ համակարգ*", "համակարգին", "բոտին",
    // am (Amharic)
    "ሲስተሙ", "አውቶማቲክ ሲስተም*", "ለአውቶማቲክ ሲስተም*",
    // so (Somali)
    "nidaamka tooska ah",
    // zu (Zulu)
    "uhlelo oluzenzakalelayo",
  ],
  /**
   * An automated reader of the request named by what it does ("the automated check", "the triage model", "le système
   * automatique", "自動審査システム"): addressed, or as a label before a colon, it is a note to the filter or the model.
   */
  AUTO_READER: [
    "automated check", "automated checks", "automated checker", "automatic check", "automatic checker", "automated review", "automated screening", "automated triage", "automatic triage",
    "automated assessment", "automated system", "automatic system", "automated assistant", "automatic assistant", "triage model", "triage assistant", "triage bot", "triage system",
    "screening model", "screening bot", "screening system", "risk classifier", "risk scorer", "risk model", "risk engine", "ticket bot", "the bot", "bot", "offboard bot", "offboarding bot", "the assistant",
    "outil de tri automatique", "tri automatique", "système automatique", "système de tri", "contrôle automatique", "vérification automatique",
    "automatische prüfsystem", "automatisches prüfsystem", "automatischen prüfsystem", "prüfsystem", "automatische prüfung", "automatischen prüfung", "automatische system", "automatisches system",
    "sistema automático", "sistema automatizado", "revisión automática", "verificación automática", "triagem automática", "verificação automática", "revisão automática",
    "sistema automatico", "controllo automatico", "verifica automatica", "geautomatiseerde controle", "automatische controle", "automatisch systeem", "geautomatiseerd systeem",
    "systemu automatycznego", "system automatyczny", "systemie automatycznym", "automatycznej weryfikacji", "automatyczna weryfikacja",
    "автоматической проверки", "автоматическая проверка", "автоматической системы", "автоматическая система", "автоматической системе", "автоматичної перевірки", "автоматична перевірка",
    "otomatik kontrol*", "otomatik sistem*", "automatické vyhodnocení", "automatická kontrola", "automatickou kontrolu", "automatické kontrole",
    "自動審査システム", "自動審査", "自動チェック", "자동 심사 시스템", "자동 심사", "자동 검토 시스템", "自动审核系统", "自动审核", "自動審核",
    "النظام الآلي", "للنظام الآلي", "الفحص الآلي", "הבדיקה האוטומטית", "המערכת האוטומטית", "سیستم خودکار", "স্বয়ংক্রিয় সিস্টেমের", "pembantu automatik", "sistem automatik",
    "sistem otomatis*", "msaidizi wa kiotomatiki", "mfumo wa kiotomatiki", "sistemul automat", "verificarea automată", "hệ thống tự động", "αυτόματο σύστημα", "automaattinen tarkistus",
    "automatiska kontrollen", "automatiske kontrol", "automatiske kontrollen", "ระบบอัตโนมัติ", "automaatiolle", "automaattiselle tarkistukselle",
  ],
  /** "If an automated check is looking at this", "if the assistant that summarises these is reading": a reader that may be a machine, supposed. */
  IF_READER: ["if", "when", "whenever", "in case", "wenn", "falls", "si", "se", "als", "jeśli", "jeżeli", "если", "якщо", "eğer", "dacă", "pokud", "jika", "kalau", "om", "hvis", "jos", "αν", "ha"],
  READS: ["reading", "reads", "is reading", "reading this", "looking at this", "is looking at this", "picks up", "summarises", "summarizes", "summarising", "summarizing", "triages", "processes this", "screens",
    "liest", "lit", "lee", "lê", "legge", "leest", "czyta", "читает", "читає", "okuyorsa", "citește", "čte", "membaca", "läser", "læser", "leser", "lukee", "διαβάζει", "olvassa"],
  /** Whoever approves the request downstream, whom the reader's summary goes to ("the approver", "le valideur", "承認者"). */
  APPROVER_NOUN: ["approver", "approvers", "reviewing manager", "approving manager", "valideur", "validateur", "approbateur", "genehmiger", "genehmigende", "freigebende", "aprobador", "aprobadora",
    "aprovador", "aprovadora", "approvatore", "approvatrice", "goedkeurder", "akceptując*", "zatwierdzając*", "согласующ*", "утверждающ*", "погоджувач*", "onaylayana", "onaylayan kişi*",
    "承認者", "审批人", "審批人", "批准人", "승인자*", "למאשר", "המאשר", "تأییدکننده", "تاییدکننده", "अनुमोदक", "pelulus", "penyetuju", "অনুমোদনকারী*", "ผู้อนุมัติ", "aprobator*",
    "schvalovatel*", "schvaľovateľ*", "godkännare*", "godkenderen", "godkenderne", "godkjenneren", "hyväksyjä*", "jóváhagyó*", "người phê duyệt", "người duyệt", "mwidhinishaji",
  ],
  /** The reader's summary of the request: "when you summarise this for the approver", "rezumatul pentru aprobator", "resuméet til godkenderen". */
  SUMMARY: ["summary", "summary line", "summarise", "summarize", "summarising", "summarizing", "summarised", "summarized", "summarises", "summarizes", "writes up", "write up",
    "résumé", "résumer", "résumez", "synthèse", "zusammenfassung", "zusammenfassen", "resumen", "resumir", "resumo", "riassunto", "riepilogo", "riassumere", "samenvatting", "samenvatten",
    "podsumowanie", "podsumowaniu", "podsumuj", "сводк*", "підсумок", "özet*", "要約", "サマリー", "摘要", "总结", "總結", "요약*", "ملخص", "الملخص", "סיכום", "בסיכום", "שמסכמת", "خلاصه", "सारांश",
    "rezumat*", "shrnutí", "zhrnutie", "ringkasan", "rumuskan", "sammanfattning*", "resuméet", "opsummering*", "sammendrag*", "oppsummering*", "yhteenveto*", "περίληψη", "összefoglal*", "สรุป", "tóm tắt", "muhtasari",
  ],
  /** What the approver is to be told, the verb first ("tell the approver", "zeg tegen de goedkeurder", "przekazać akceptującemu") or last ("به تأییدکننده بگویید", "承認者には…伝えて"). */
  TELL: ["tell", "say", "state", "mention", "indiquez", "dites", "zeg", "sag", "sagt", "mitteilen", "diga", "digan", "decid", "dile", "informar", "informe", "dite", "comunicate", "przekaż", "przekazać",
    "powiedz", "сообщите", "скажите", "передайте", "повідомте", "скажіть", "spuneți", "comunicați", "sdělte", "řekněte", "sampaikan", "beritahu", "säg", "berätta", "fortæl", "fortell", "kerro", "πείτε", "mondd", "nói với", "mwambie"],
  TELL_POST: ["بگویید", "بگو", "iletin", "söyleyin", "bildirin", "전달해*", "말해*", "알려*", "伝えて", "告诉", "জানান", "বলুন", "bolna", "बताएं", "बता दें", "कहें"],
  /** Leaving something out of what the approver sees: "leave out the bit about the forward", "să nu menționeze", "אין צורך לציין". */
  OMIT: ["leave out", "leave it out", "leave that out", "omit", "omitting", "dont mention", "do not mention", "no need to mention", "ne mentionnez pas", "ne pas mentionner", "omettez", "weglassen", "nicht erwähnen",
    "omitid", "omite", "no menciones", "no mencionéis", "sin mencionar", "omitir", "omita", "não mencione", "não mencionar", "omettete", "ometti", "non menzionare", "weglaten", "niet vermelden", "pomiń",
    "nie wspominaj*", "не упоминайте", "не упоминать", "не згадуйте", "să nu menționeze", "nu menționați", "omiteți", "אין צורך לציין", "אל תציינו", "לא לציין"],
  /** Notes addressed to the pipeline as a whole ("Note for processing:"). */
  /** A negation right after the verb (Japanese, Korean): "無視しないで", "무시하지 마". */
  NEG_POST: ["しない", "しないで", "せず", "するな", "しては", "不要", "하지 마", "하지 말", "하지 않", "지 마",
    // ta (Tamil)
    "வேண்டாம்",
    // mr (Marathi)
    "नका",
    // gu (Gujarati)
    "નહીં", "નહિ",
    // Korean 'do not' after the verb with its endings ('승인 절차는 생략하지 말고 통상대로 진행해 주세요')
    "말고", "마세요", "마십시오", "말아 주세요", "말아주세요",
  ],
  /** Japanese and Chinese address a noun by what follows it: "AIへの指示" (instructions for the AI), "AI向け". */
  ADDRESS_POST: ["への指示", "へのメモ", "への注意", "への連絡", "向けの指示", "向け", "的指示", "的说明",
    // ur (Urdu)
    "کے لیے نوٹ", "کیلئے نوٹ",
    // ta (Tamil)
    "க்கான குறிப்பு", "க்கு குறிப்பு",
    // te (Telugu)
    "కోసం గమనిక", "కి గమనిక",
    // gu (Gujarati)
    "માટે નોંધ", "માટે સૂચના",
    // pa (Punjabi, Gurmukhi)
    "ਲਈ ਨੋਟ",
    // si (Sinhala)
    "සඳහා සටහන",
    // az (Azerbaijani)
    "üçün qeyd", "üçün qeydlər",
    // kk (Kazakh)
    "үшін ескерту", "арналған ескерту",
    // uz (Uzbek)
    "uchun eslatma", "uchun izoh",
  ],
  PROCESSOR_NOTE: [
    // Egyptian Arabic: the system addressed ("يا سيستم").
    "يا سيستم", "يا بوت", "يا آلي",
   // "To whoever or whatever triages this request:": a reader that may be a machine.
   "whoever or whatever", "whatever reads this", "whatever triages this",
   "note for processing", "notes for processing", "note to processing", "processing note", "automation note", "note for automation", "note for the automation", "bot note", "parser note", "note for the bot", "note for the pipeline",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "lưu ý cho hệ thống", "ghi chú cho hệ thống", "для бота", "для ші", "примітка для системи", "notă pentru procesator", "notă pentru sistem", "poznámka pro systém",
    "poznámka pre systém", "catatan untuk sistem", "till den automatiska assistenten", "till det automatiska systemet", "til den automatiske assistent",
    "til det automatiske system", "til den automatiske assistenten", "til det automatiske systemet", "หมายเหตุถึงระบบ",
    // af (Afrikaans)
    "nota vir die stelsel",
    // az (Azerbaijani)
    "sistem üçün qeyd", "avtomatik sistem üçün qeyd", "bot üçün qeyd",
    // kk (Kazakh)
    "жүйеге арналған ескерту", "ботқа арналған ескерту",
    // uz (Uzbek)
    "tizim uchun eslatma", "bot uchun eslatma",
    // ka (Georgian)
    "შენიშვნა სისტემისთვის", "შენიშვნა ბოტისთვის",
    // hy (Armenian)
    "նշում համակարգի համար", "նշում բոտի համար",
    // am (Amharic)
    "ማሳሰቢያ ለሲስተሙ", "ማሳሰቢያ ለቦቱ", "ለሲስተሙ ማሳሰቢያ",
    // so (Somali)
    "ogeysiis nidaamka", "fiiro gaar ah nidaamka",
    // zu (Zulu)
    "inothi yohlelo", "isaziso sohlelo",
  ],
  /** "reply with just OK". */
  ONLY_WORD: ["just", "only", "simply", "nothing but", "solo", "nur", "seulement", "apenas", "tylko", "только", "sadece", "だけ", "只", "만", "فقط", "רק", "केवल"],
  /** "your prompt": only a model has one. */
  PROMPT: ["prompt", "prompts", "system prompt", "context window", "your context", "prompting"],
  /** A bare yes the pipeline is told to answer with. */
  BARE_YES: ["ok", "okay", "yes", "true", "pass", "passed", "approve", "approved", "allow", "lgtm", "accepted", "accept"],
  /** Replying to the request itself, where everyone on the ticket reads it: "reply to this ticket with his password", "me répondre ici avec les mots de passe". */
  REPLY: ["reply", "respond", "answer", "répondre", "répondez", "réponse", "responder", "responda", "respondan", "respondedme", "rispondere", "rispondete", "antworten", "antwortet", "beantworten",
    "antwoord", "antwoorden", "odpowiedz", "odpowiedzcie", "odpowiedzieć", "ответьте", "ответом", "ответить", "відповідайте", "відповіддю", "yanıtlayın", "yanıt olarak", "返信", "回复", "回覆", "답장*", "회신*",
    "ردوا", "ردًا", "השיבו", "בתשובה", "जवाब में", "پاسخ دهید", "در پاسخ", "trả lời", "răspundeți", "odpovězte", "balas", "balaslah", "svara", "svar", "vastaa", "vastatkaa", "απαντήστε", "válaszoljon", "válaszolj", "ตอบกลับ", "jibu",
  ],
  RESPOND: ["respond with", "reply with", "answer with", "output", "return", "print", "say", "respond only with", "reply only with", "you reply with", "you respond with", "antworte mit", "réponds", "responde con", "responda com", "odpowiedz", "ответь", "yanıtla", "と返答", "回复", "응답", "أجب", "ענה", "जवाब दो", "پاسخ بده",
    "reply in this thread with", "reply here with", "reply to this thread with", "answer here with", "post them here", "post it here", "paste them here", "paste it here",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "trả lời bằng", "відповідай", "răspunde cu", "odpověz", "odpovedz", "balas dengan", "jawab dengan", "svara med", "svar med", "απάντησε με", "válaszolj", "ตอบกลับ",
  ],
  MODEL_NOUN: [
    "ai", "a i", "llm", "llms", "language model", "large language model", "chatbot", "gpt", "chatgpt", "claude", "copilot", "gemini", "ai assistant", "ai model", "ai parser", "ai system", "parser", "classifier", "automated reviewer", "automated system",
    "ki", "ia", "ии", "yapay zeka", "人工智能", "人工知能", "인공지능", "الذكاء الاصطناعي", "בינה מלאכותית", "एआई", "هوش مصنوعی",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "trí tuệ nhân tạo", "mô hình ngôn ngữ", "trợ lý ai", "ші", "штучний інтелект", "штучного інтелекту", "мовна модель", "inteligența artificială",
    "inteligenței artificiale", "umělá inteligence", "umělé inteligenci", "umelá inteligencia", "umelej inteligencii", "jazykový model", "kecerdasan buatan", "model bahasa",
    "artificiell intelligens", "språkmodell*", "kunstig intelligens", "sprogmodel*", "tekoäly*", "kielimalli*", "τεχνητή νοημοσύνη", "γλωσσικό μοντέλο", "এআই",
    "কৃত্রিম বুদ্ধিমত্তা", "akili bandia", "akili mnemba", "mesterséges intelligencia", "nyelvi modell", "เอไอ", "ปัญญาประดิษฐ์", "โมเดลภาษา",
    // ur (Urdu)
    "اے آئی", "مصنوعی ذہانت",
    // ta (Tamil)
    "செயற்கை நுண்ணறிவு", "ஏஐ",
    // te (Telugu)
    "ఏఐ", "కృత్రిమ మేధ*",
    // gu (Gujarati)
    "એઆઈ", "કૃત્રિમ બુદ્ધિ",
    // pa (Punjabi, Gurmukhi)
    "ਏਆਈ", "ਬਣਾਉਟੀ ਬੁੱਧੀ", "ਮਸਨੂਈ ਬੁੱਧੀ",
    // si (Sinhala)
    "කෘත්‍රිම බුද්ධිය", "ඒඅයි",
    // ca (Catalan)
    "intel·ligència artificial", "model de llenguatge",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "umjetna inteligencija", "umjetnoj inteligenciji", "veštačka inteligencija", "jezični model",
    // sr (Serbian Cyrillic)
    "вештачка интелигенција", "вештачкој интелигенцији",
    // sl (Slovenian)
    "umetna inteligenca", "umetni inteligenci", "jezikovni model",
    // bg (Bulgarian)
    "изкуствен интелект", "изкуствения интелект", "езиков модел",
    // lt (Lithuanian)
    "dirbtinis intelektas", "dirbtiniam intelektui", "kalbos modelis",
    // lv (Latvian)
    "mākslīgais intelekts", "mākslīgajam intelektam", "valodas modelis",
    // et (Estonian)
    "tehisintellekt*", "keelemudel*",
    // is (Icelandic)
    "gervigreind*", "mállíkan*",
    // af (Afrikaans)
    "kunsmatige intelligensie", "taalmodel",
    // az (Azerbaijani)
    "süni intellekt", "dil modeli",
    // kk (Kazakh)
    "жасанды интеллект", "тілдік модель",
    // uz (Uzbek)
    "sun'iy intellekt", "sunʻiy intellekt", "sunʼiy intellekt", "til modeli",
    // ka (Georgian)
    "ხელოვნური ინტელექტ*", "ენობრივი მოდელ*",
    // hy (Armenian)
    "արհեստական բանականություն*", "լեզվական մոդել*",
    // am (Amharic)
    "ሰው ሰራሽ አስተውሎት", "ሰው ሠራሽ አስተውሎት", "የቋንቋ ሞዴል",
    // so (Somali)
    "sirdoonka macmalka ah",
    // zu (Zulu)
    "ubuhlakani bokwenziwa",
  ],
  ACT_AS: [
    "act as", "acting as", "pretend to be", "pretend you are", "pretend youre", "roleplay as", "role play as", "play the role of", "behave as", "simulate", "impersonate", "assume the role of", "take the role of",
    "agiere als", "tu so als", "spiele die rolle", "agis comme", "fais semblant d être", "joue le rôle", "actúa como", "actúas como", "actuarás como", "finge ser", "aja como", "finja ser", "udawaj", "działaj jako",
    "действуй как", "притворись", "gibi davran", "として振る舞", "のふりをして", "扮演", "假装", "假裝", "充当", "역할을", "인 척", "تظاهر", "התנהג כ", "העמד פנים", "की तरह व्यवहार", "नाटक करो", "وانمود کن",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hãy đóng vai", "đóng vai", "hành động như", "giả vờ là", "hãy giả làm", "дій як", "поводься як", "прикинься", "вдавай", "acționează ca", "comportă te ca", "joacă rolul",
    "chovej se jako", "jednej jako", "předstírej", "hraj roli", "správaj sa ako", "konaj ako", "predstieraj", "hraj rolu", "bertindak sebagai", "berperan sebagai",
    "berpura pura menjadi", "berpura pura", "agera som", "låtsas vara", "spela rollen", "uppträd som", "opfør dig som", "agér som", "spil rollen", "oppfør deg som",
    "spill rollen", "opptre som", "esitä olevasi", "käyttäydy kuin", "toimi kuin", "συμπεριφέρσου σαν", "προσποιήσου", "παίξε τον ρόλο", "ভান করো", "jifanye", "tenda kama",
    "viselkedj úgy", "tegyél úgy", "játszd el", "tettesd magad", "สวมบทบาท", "แกล้งเป็น", "ทำตัวเป็น",
    // ca (Catalan)
    "actua com", "actueu com", "fes com si fossis", "fes el paper de", "interpreta el paper de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ponašaj se kao", "djeluj kao", "deluj kao", "pretvaraj se da si", "glumi", "preuzmi ulogu",
    // sr (Serbian Cyrillic)
    "понашај се као", "делуј као", "претварај се да си", "глуми",
    // sl (Slovenian)
    "obnašaj se kot", "deluj kot", "pretvarjaj se da si", "igraj vlogo",
    // bg (Bulgarian)
    "действай като", "дръж се като", "преструвай се че си", "играй ролята на",
    // lt (Lithuanian)
    "elkis kaip", "veik kaip", "apsimesk", "vaidink",
    // lv (Latvian)
    "rīkojies kā", "uzvedies kā", "izliecies", "tēlo",
    // et (Estonian)
    "käitu nagu", "tegutse nagu", "teeskle", "mängi rolli", "kehasta",
    // is (Icelandic)
    "hagaðu þér eins og", "láttu eins og", "þykstu vera", "leiktu hlutverk",
    // af (Afrikaans)
    "tree op as", "speel die rol van", "gedra jou soos",
    // az (Azerbaijani)
    "kimi davran", "kimi davranın", "rolunu oyna",
    // ka (Georgian)
    "იმოქმედე როგორც", "იმოქმედეთ როგორც", "მოიქეცი როგორც", "მოიქეცით როგორც",
    // hy (Armenian)
    "գործիր որպես", "գործեք որպես", "հանդես եկ որպես", "հանդես եկեք որպես",
    // so (Somali)
    "u dhaqan sidii", "u dhaqmo sidii", "u shaqee sidii",
  ],
  /**
   * "Act as" written after the role (Turkic, Japanese, Korean, Hindi: "inzibatçı kimi davran", "әкімші ретінде әрекет ет",
   * "管理者として振る舞って", "관리자 역할을 해"): the role comes first, so ACT_AS's imperative order does not read it.
   */
  ACT_AS_POST: [
    "gibi davran", "gibi davranın", "rolünü üstlen", "rolünü oyna", "kimi davran", "kimi davranın", "kimi çıxış et", "rolunu oyna", "rolunu oynayın",
    "ретінде әрекет ет", "ретінде әрекет етіңіз", "рөлін ойна", "рөлін ойнаңыз", "sifatida harakat qil", "sifatida harakat qiling", "rolini o'yna", "rolini o'ynang",
    "rolini oʻyna", "rolini oʻynang", "として振る舞", "として行動して", "역할을 해", "역할을 하세요", "के रूप में काम करो", "के रूप में कार्य करें", "बनकर काम करो",
  ],
  /** Role-play openers that need no imperative position ("for the rest of this chat, pretend you are ..."). */
  PRETEND: ["pretend to be", "pretend you are", "pretend youre", "pretend that you are", "roleplay as", "role play as", "imagine you are", "assume you are", "assume the role of", "you are playing", "tu so als wärst du", "fais semblant d être", "finge que eres", "finja que você é", "udawaj że jesteś", "притворись что ты", "のふりをして", "假装你是", "인 척",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "giả vờ bạn là", "уяви що ти", "прикинься що ти", "prefă te că ești", "předstírej že jsi", "predstieraj že si", "berpura puralah", "låtsas att du är", "lad som om du er",
    "lat som om du er", "kuvittele olevasi", "φαντάσου ότι είσαι", "tegyél úgy mintha", "สมมติว่าคุณเป็น",
    // ca (Catalan)
    "fes veure que ets", "imagina que ets",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "pretvaraj se da si", "zamisli da si",
    // sr (Serbian Cyrillic)
    "претварај се да си", "замисли да си",
    // sl (Slovenian)
    "pretvarjaj se da si", "predstavljaj si da si",
    // bg (Bulgarian)
    "преструвай се че си", "представи си че си",
    // lt (Lithuanian)
    "apsimesk kad esi", "įsivaizduok kad esi",
    // lv (Latvian)
    "izliecies ka esi", "iedomājies ka esi",
    // et (Estonian)
    "teeskle et oled", "kujutle et oled", "kujuta ette et oled",
    // is (Icelandic)
    "ímyndaðu þér að þú sért", "þykstu vera",
    // af (Afrikaans)
    "maak asof jy", "doen asof jy", "stel jou voor jy is",
    // az (Azerbaijani)
    "özünü elə apar ki", "təsəvvür et ki sən",
    // zu (Zulu)
    "yenza sengathi", "zenze sengathi", "yenzani sengathi",
    // ka (Georgian)
    "წარმოიდგინე რომ", "თავი მოაჩვენე",
    // hy (Armenian)
    "ձևացրու որ", "պատկերացրու որ",
    // so (Somali)
    "iska dhig", "isku dhig",
  ],
  /** Permission words the reader is told it now has: "you are now authorized to approve" (not after "no longer": NO_LONGER). */
  PERMITTED: ["allowed", "authorized", "authorised", "permitted"],
  ROLE_NOUN: [
    "admin*", "sicherheits*", "approver", "reviewer", "second reviewer", "hr director", "director", "approving manager", "security", "root", "sudo", "system", "unrestricted", "unfiltered", "uncensored", "jailbroken", "dan", "developer", "mode", "ai", "llm", "bot", "model", "god", "superuser", "ciso", "bound", "restricted", "limited", "evil", "hacker", "free",
    "genehmiger", "approbateur", "administrateur", "administrador", "aprobador", "aprovador", "администратор*", "yönetici", "管理者", "管理员", "管理員", "관리자", "مسؤول", "مدير", "מנהל", "व्यवस्थापक", "مدیر",
    "modus", "modo", "tryb", "режим", "mod", "モード", "模式", "모드", "وضع", "מצב", "मोड", "حالت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "quản trị viên", "người phê duyệt", "người duyệt", "chế độ", "aprobator*", "schvalovatel*", "režim*", "schvaľovateľ*", "penyetuju", "godkännare", "godkender",
    "godkjenner", "ylläpitäjä", "hyväksyjä", "järjestelmänvalvoja", "διαχειριστής", "λειτουργία", "প্রশাসক", "অ্যাডমিন", "msimamizi", "mwidhinishaji", "rendszergazda",
    "jóváhagyó", "ผู้ดูแลระบบ", "ผู้อนุมัติ", "โหมด",
    // ur (Urdu)
    "ایڈمن", "منتظم",
    // ta (Tamil)
    "நிர்வாகி", "அட்மின்",
    // te (Telugu)
    "అడ్మిన్", "నిర్వాహకుడు*", "ఆమోదకుడు*",
    // mr (Marathi)
    "प्रशासक", "ॲडमिन", "अ‍ॅडमिन", "एडमिन",
    // gu (Gujarati)
    "એડમિન", "વ્યવસ્થાપક",
    // pa (Punjabi, Gurmukhi)
    "ਐਡਮਿਨ", "ਪ੍ਰਸ਼ਾਸਕ",
    // ne (Nepali)
    "प्रशासक", "एडमिन",
    // si (Sinhala)
    "පරිපාලක*", "ඇඩ්මින්",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "odobravatelj*", "način rada",
    // sl (Slovenian)
    "skrbnik*",
    // sr (Serbian Cyrillic)
    "одобравач",
    // bg (Bulgarian)
    "одобряващ",
    // lt (Lithuanian)
    "tvirtintojas", "tvirtintoju",
    // lv (Latvian)
    "apstiprinātājs",
    // et (Estonian)
    "režiim*", "kinnitaja",
    // is (Icelandic)
    "stjórnandi", "kerfisstjóri", "samþykkjandi", "hamur",
    // af (Afrikaans)
    "goedkeurder", "beheerder", "stelselbeheerder",
    // az (Azerbaijani)
    "inzibatçı*", "təsdiqləyici*", "rejim*",
    // kk (Kazakh)
    "әкімші*", "бекітуші*",
    // uz (Uzbek)
    "tasdiqlovchi*",
    // ka (Georgian)
    "ადმინისტრატორ*", "დამმტკიცებელ*", "რეჟიმ*", "შეზღუდულ*",
    // hy (Armenian)
    "ադմինիստրատոր*", "հաստատող*", "ռեժիմ*", "սահմանափակ*",
    // am (Amharic)
    "አስተዳዳሪ*", "አጽዳቂ*", "ያልተገደበ",
    // so (Somali)
    "maamule*", "maamulaha", "ansixiye*",
    // zu (Zulu)
    "ungumphathi*", "umphathi*", "ungumlawuli*", "umlawuli*",
  ],
  LEAD: ["please", "now", "kindly", "you", "you will", "you must", "i want you to", "you should", "bitte", "s il te plaît", "s il vous plaît", "por favor", "proszę", "пожалуйста", "lütfen", "请", "請", "제발", "من فضلك", "בבקשה", "कृपया", "لطفا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "vui lòng", "làm ơn", "будь ласка", "vă rog", "te rog", "vă rugăm", "prosím", "prosíme", "mohon", "tolong", "silakan", "harap", "vänligen", "snälla", "venligst",
    "vennligst", "ole hyvä", "παρακαλώ", "অনুগ্রহ করে", "দয়া করে", "tafadhali", "kérlek", "kérem", "kérjük", "กรุณา", "โปรด",
    // af (Afrikaans)
    "asseblief",
    // az (Azerbaijani)
    "zəhmət olmasa", "xahiş edirəm",
    // kk (Kazakh)
    "өтінемін",
    // uz (Uzbek)
    "iltimos",
    // ka (Georgian)
    "გთხოვთ",
    // hy (Armenian)
    "խնդրում եմ",
    // am (Amharic)
    "እባክዎ", "እባካችሁ", "እባክህ",
    // so (Somali)
    "fadlan",
    // zu (Zulu)
    "sicela", "ngicela",
  ],
  MODE_STRONG: [
    "developer mode", "dev mode", "god mode", "dan mode", "jailbreak*", "jailbroken", "unrestricted mode", "sudo mode", "do anything now", "no restrictions mode",
    "entwicklermodus", "mode développeur", "modo desarrollador", "modo de desenvolvedor", "modo desenvolvedor", "tryb dewelopera", "режим разработчика", "geliştirici modu",
    "開発者モード", "开发者模式", "開發者模式", "개발자 모드", "وضع المطور", "מצב מפתח", "डेवलपर मोड", "حالت توسعه دهنده",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "chế độ nhà phát triển", "режим розробника", "modul dezvoltator", "vývojářský režim", "vývojársky režim", "mode pengembang", "utvecklarläge", "udviklertilstand",
    "utviklermodus", "kehittäjätila", "λειτουργία προγραμματιστή", "fejlesztői mód", "โหมดนักพัฒนา",
    // af (Afrikaans)
    "ontwikkelaarsmodus",
    // az (Azerbaijani)
    "tərtibatçı rejimi",
  ],
  MARK: [
    // The ticket closed with a verdict: "potete chiuderla come approvata", "close it as approved".
    "close it as", "close this as", "close as", "chiuderla come", "chiudetela come", "chiuderlo come", "chiudere come", "cerrarla como", "ciérrenla como", "cerrar como", "fechar como", "fechem como", "clôturez la comme", "schließt es als",
    "come back with", "return with", "come back as", "ставь", "поставь", "установи", "process as","mark", "classify", "label", "treat", "set", "respond with", "answer with", "reply with", "tag", "output", "flag", "markiere", "einstufen", "marque*", "classe*", "marca*", "clasifica*", "classifique", "oznacz", "пометь", "отметь", "işaretle", "マーク", "标记", "標記", "표시", "صنف", "סמן", "चिह्नित", "علامت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đánh dấu", "познач*", "označ", "označte", "označit", "tandai", "markera", "markér", "merkitse", "merkitkää", "σημείωσε", "jelöld", "jelölje", "ทำเครื่องหมาย",
    // af (Afrikaans)
    "merk as", "merk dit as",
    // az (Azerbaijani)
    "işarələ*",
  ],
  VERDICT: [ "approvata", "approvato", "aprovado", "aprovada", "aprobada", "approuvée",
    "одобрено", "approuvé", "aprobado", "genehmigt", "pre authorised", "pre authorized", "preapproved", "pre approved", "pre cleared", "precleared", "承認済み", "已批准", "승인됨", "trusted",
    "safe", "benign", "harmless", "low risk", "not suspicious", "legitimate", "trusted", "verified", "approved", "allow", "allowed", "compliant", "no injection", "risk 0", "zero risk",
    "sicher", "harmlos", "unbedenklich", "sûr", "inoffensif", "légitime", "seguro", "inofensivo", "legítimo", "bezpieczn*", "безопасн*", "güvenli", "安全", "無害", "无害", "안전", "آمن", "בטוח", "सुरक्षित", "امن",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "an toàn", "đã duyệt", "схвалений", "схвалено", "безпечн*", "schváleno", "schválené", "bezpečné", "bezpečný", "aman", "disetujui", "säker", "godkänd", "sikker",
    "godkendt", "trygg", "godkjent", "turvallinen", "hyväksytty", "ασφαλές", "εγκεκριμένο", "biztonságos", "jóváhagyott", "ปลอดภัย",
    // af (Afrikaans)
    "veilig", "goedgekeur",
    // az (Azerbaijani)
    "təhlükəsiz", "təsdiqlənib",
  ],
  CONFIDENCE: ["confidence", "confidence score", "risk score", "risk", "konfidenz", "confiance", "confianza", "confiança", "pewność", "уверенность", "güven", "信頼度", "置信度", "신뢰도", "الثقة", "ביטחון", "विश्वास", "اطمینان"],
  /** A negation right before an imperative ("do not skip", "don't bypass", "nicht überspringen", "ne pas contourner"). */
  NEGATION: [
    "not", "dont", "never", "cannot", "cant", "mustnt", "shouldnt", "wont", "nicht", "niemals", "keinesfalls", "pas", "jamais", "no", "nunca", "não", "nao", "non", "niet", "nooit", "nie", "nigdy", "не", "никогда", "asla", "لا", "לא", "אל", "नहीं", "मत", "نه", "نباید",
    // ur (Urdu)
    "نہ", "مت",
    // pa (Punjabi, Gurmukhi)
    "ਨਾ", "ਨਹੀਂ",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nemoj", "nemojte", "nikada", "nikako",
    // sr (Serbian Cyrillic)
    "немој", "немојте", "никада",
    // sl (Slovenian)
    "nikar", "nikoli",
    // bg (Bulgarian)
    "никога",
    // et (Estonian)
    "ärge", "ära jäta", "ärge jätke",
    // is (Icelandic)
    "ekki", "aldrei",
    // af (Afrikaans)
    "moenie",
    // ka (Georgian)
    "ნუ", "არ",
    // hy (Armenian)
    "մի",
  ],
  NOT: [ "non","not", "no", "isnt", "is not", "never", "nicht", "kein", "keine", "pas", "não", "nie", "не", "değil", "ではない", "不是", "아니", "ليس", "ليست", "לא", "नहीं", "نیست",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "không", "chưa", "tidak", "belum", "bukan", "inte", "ej", "ikke", "ei", "eivät", "δεν", "όχι", "nem", "nincs", "není", "nebylo", "nikdy",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nije", "nisu",
    // sr (Serbian Cyrillic)
    "није", "нису",
    // sl (Slovenian)
    "ni", "niso",
    // bg (Bulgarian)
    "не е",
    // lt (Lithuanian)
    "nėra", "nebuvo",
    // lv (Latvian)
    "nav",
    // et (Estonian)
    "ei ole",
    // is (Icelandic)
    "ekki",
    // az (Azerbaijani)
    "deyil",
    // kk (Kazakh)
    "емес",
    // uz (Uzbek)
    "emas",
    // ka (Georgian)
    "არ", "არა",
    // hy (Armenian)
    "չէ", "չեն", "չի",
    // am (Amharic)
    "አይደለም",
    // so (Somali)
    "maaha", "ma aha",
  ],
  ROLE_LABEL_STRONG: [ "trợ lý", "asisten",
    "assistant", "developer", "ai", "chatgpt", "gpt", "llm", "copilot", "ai assistant", "im start", "im end",
    "asistente", "assistente", "assistent", "ассистент", "asistan", "アシスタント", "助手", "어시스턴트", "المساعد", "עוזר", "सहायक", "دستیار",
  ],
  ROLE_LABEL_WEAK: [ "người dùng", "pengguna",
    "system", "user", "human", "tool", "function", "model", "bot", "claude", "gemini", "système", "sistema", "система", "sistem", "システム", "系统", "系統", "시스템", "النظام", "מערכת", "सिस्टम", "سیستم",
    "usuario", "utilisateur", "benutzer", "пользователь", "kullanıcı", "ユーザー", "用户", "사용자", "المستخدم", "משתמש", "उपयोगकर्ता", "کاربر",
  ],
  BOUNDARY: [
    "end of user input", "end of input", "end of prompt", "end of context", "end of instructions", "end of conversation", "end of document", "end of untrusted", "end of user message", "end of hr input",
    "begin system prompt", "begin new instructions", "start of system prompt", "start of new instructions", "reset conversation", "conversation reset", "ignore the data above",
    "ende der eingabe", "fin de l entrée", "fin de la entrada", "fim da entrada", "koniec danych wejściowych", "конец ввода", "girdi sonu", "入力終了", "输入结束", "입력 끝", "نهاية الإدخال", "סוף הקלט", "इनपुट समाप्त", "پایان ورودی",
  ],
  INJECTION_WORD: ["prompt injection", "injection", "injection attempt", "jailbreak*", "attack", "red team test", "red teaming", "security test", "test of the filter", "filter test", "prompt angriff", "injection de prompt", "inyección", "injeção", "wstrzyknięci*", "инъекци*", "enjeksiyon", "インジェクション", "注入", "인젝션", "حقن", "הזרקה", "इंजेक्शन", "تزریق",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "injecție", "injekce", "injekcia", "injeksi", "injektion", "injeksjon", "injektio*", "injekció*",
    // af (Afrikaans)
    "inspuiting",
    // az (Azerbaijani)
    "inyeksiya*",
  ],
} as const satisfies Record<string, readonly string[]>;
