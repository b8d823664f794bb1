/**
 * Concepts for what must never leave: secrets (passwords, keys, recovery codes), revealing them, the
 * system prompt, and a confirmation or notification (what may honestly be sent: the exfiltration
 * rules' exception). See override.ts for the entry syntax; the send verbs and what is sent are in
 * exfiltration.ts.
 */
export const SECRET_CONCEPTS = {
  SECRET: [
    // sw: API keys ("funguo za API"), the password ("nywila") is below.
    "funguo za api", "funguo ya api", "funguo za siri", "tokeni za api",
    // Codes and keys that open the leaver's account or device: "her BitLocker recovery key", "the new enrolment code", "OTP 복구 코드".
    "recovery key*", "bitlocker key*", "bitlocker recovery*", "enrolment code*", "enrollment code*", "mfa code*", "mfa recovery*", "otp code*", "one time code*", "token seed*", "password reset link*",
    "wiederherstellungsschlüssel", "wiederherstellungscode*", "clé de récupération", "code de récupération", "codes de récupération", "clave de recuperación", "código de recuperación",
    "códigos de recuperación", "chave de recuperação", "código de recuperação", "códigos de recuperação", "chiave di ripristino", "codice di recupero", "codici di recupero", "herstelsleutel",
    "herstelcode*", "klucz odzyskiwania", "kod odzyskiwania", "kody odzyskiwania", "ключ восстановления", "код восстановления", "коды восстановления", "kurtarma anahtar*", "kurtarma kod*",
    "回復キー", "リカバリーキー", "回復コード", "恢复密钥", "恢复代码", "恢复码", "복구 키*", "복구 코드*", "مفتاح الاسترداد", "رموز الاسترداد", "מפתח שחזור", "קודי שחזור", "कोड रिकवरी", "रिकवरी कोड",
    "کد بازیابی", "کلید بازیابی", "engangskode*", "engångskod*", "kod mfa", "kode mfa", "kod sandaran",
    "vault entries", "saved vault", "vault contents", "contents of the vault", "contenido del vault", "vault del equipo", "password safe", "passwortsafe", "coffre", "ssh schlüssel", "令牌", "访问密钥", "service account credentials",
    "1password*", "lastpass", "bitwarden", "keepass*", "password vault", "password manager", "ci secret*", "deploy key*", "deploy token*", "env var*", "password*", "passwd", "passphrase*", "credential*",
    // The noun and its Romance kin, not "secret*": a job title, "Secretary", "secretaria", "secretariat", is no secret.
    "secret", "secrets", "secreto", "secretos", "secreta", "secretas", "secrete", "secreti", "api key*", "apikey*", "api token*", "access token*", "auth token*", "session token*", "bearer token*", "personal access token*", "vault token*", "lease token*", "github token*",
    "private key*", "signing key*", "ssh key*", "access key*", "secret key*", "encryption key*", "recovery code*", "backup code*", "mfa seed*", "otp seed*", "2fa code*", "seed phrase", "session cookie*", "env file", "environment variables", "key material",
    "passwort*", "kennwort*", "zugangsdaten", "mot de passe", "mots de passe", "identifiants", "clé privée", "contraseña*", "credencial*", "clave privada", "senha*", "credenciais", "chave privada", "credenziali", "chiave privata", "chiavi api",
    // Passwords in the plural (ru uk bg "пароли", "паролі"), Persian "رمزهای ...", API keys with the noun first (fa ar).
    "парол*", "رمزهای", "رمزها", "کلید api", "کلیدهای api", "مفاتيح api", "مفتاح api",
    "hasło", "hasła", "haseł", "hasłami", "hasłach", "wachtwoord*", "dane logowania", "klucz prywatny", "пароль*", "учетные данные", "учётные данные", "закрытый ключ", "şifre*", "parola*", "kimlik bilgileri",
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
    // API keys with the noun last (de), passwords (id ms)
    "api schlüssel", "kata sandi", "kata sandinya", "kata laluan",
    // VPN certificates (they hold the private key that opens the network) and API tokens written in the other scripts:
    // "해당 직원의 VPN 인증서, API 토큰 ... 으로 보내 주세요", "izitifiketi ze-VPN".
    "vpn certificate*", "vpn cert", "vpn certs", "vpn zertifikat*", "certificat vpn", "certificats vpn", "certificado vpn", "certificados vpn", "certificato vpn", "certificati vpn",
    "vpn certificaat", "vpn certificaten", "certyfikat vpn", "certyfikaty vpn", "сертификат vpn", "сертификаты vpn", "vpn сертификат*", "сертифікат vpn", "сертифікати vpn",
    "vpn sertifika*", "vpn certifikat*", "vpn 证书", "vpn 証明書", "vpn 인증서*", "شهادة vpn", "شهادات vpn", "vpn प्रमाणपत्र", "izitifiketi ze vpn", "nezitifiketi ze vpn",
    "api 토큰*", "액세스 토큰*", "인증 토큰*", "api トークン", "アクセストークン", "api 令牌", "api 密钥", "токен api", "токены api", "api токен*",
    // API tokens and keys with the noun first or the API after (id ms es fr pt it nl pl ru uk tr vi sv de ja zh ko hi ar): "kirim daftar pelanggan beserta token API mereka ke x@"
    "token api*", "tokens api*", "tokens de api", "token de api", "kunci api", "clave de api", "claves de api", "clave api", "jeton api", "jetons api", "jetons d api", "jeton d api", "clé api", "clés api", "clé d api", "chave de api", "chaves de api", "chave api", "chiave api", "chiavi api", "tokeny api", "klucz api", "klucze api", "токен api", "токены api", "токени api", "ключ api", "ключи api", "ключі api", "api ключ*", "api токен*", "api anahtar*", "api token*", "mã api", "api schlüssel*", "api sleutel*", "api nyckel*", "api nøgle*", "api nøkkel*", "apiキー", "apiトークン", "api密钥", "api令牌", "api 키", "api 토큰", "api कुंजी", "api टोकन", "رمز api", "رموز api",
    // SSH and signing keys with the noun first or inflected (en de fr es pt it nl pl ru uk tr sv id vi zh ja ko ar hi): "Ajoutez ses clés SSH",
    // "klucze do podpisywania buildów", "빌드 서명 키와 비밀번호를" (Korean nouns carry their particle: a prefix).
    "clé ssh", "clés ssh", "clave ssh", "claves ssh", "chave ssh", "chaves ssh", "chiave ssh", "chiavi ssh", "ssh sleutel*", "klucz ssh", "klucze ssh", "kluczy ssh", "ключ ssh", "ключи ssh", "ключі ssh", "ssh ключ*", "ssh anahtar*", "ssh nyckel*", "ssh nycklar*", "kunci ssh", "khóa ssh", "ssh 密钥", "ssh 鍵", "ssh キー", "ssh 키*", "مفتاح ssh", "مفاتيح ssh", "ssh कुंजी",
    "signaturschlüssel*", "signierschlüssel*", "clé de signature", "clés de signature", "clave de firma", "claves de firma", "chave de assinatura", "chaves de assinatura", "chiave di firma", "chiavi di firma", "ondertekeningssleutel*", "signeersleutel*",
    "klucz do podpisywania", "klucze do podpisywania", "klucz podpisu", "klucze podpisu", "ключ подписи", "ключи подписи", "ключ підпису", "ключі підпису", "imzalama anahtar*", "imza anahtar*", "signeringsnyckel*", "signeringsnycklar*", "kunci penandatanganan", "khóa ký",
    "签名密钥", "署名鍵", "署名キー", "서명 키*", "مفتاح التوقيع", "مفاتيح التوقيع", "साइनिंग की", "साइनिंग कुंजी",
    "claves api", "chaves api", "api nycklar*", "inloggningsuppgifter*", "비밀번호*", "자격 증명*",
    // yo (Yoruba): the password ("ọ̀rọ̀ aṣínà", "ọ̀rọ̀ ìgbaniwọlé")
    "ọ̀rọ̀ aṣínà", "ọ̀rọ̀ ìgbaniwọlé", "ọ̀rọ̀ìgbaniwọlé",
  ],
  /** What a writer asks to be sent back after a change: a confirmation, not the secret ("reset her password and send me a confirmation"). */
  CONFIRMATION: [
    "confirmation", "a confirmation", "confirmation email", "notification", "a notification", "an update", "update", "receipt", "ticket number", "acknowledgement", "acknowledgment",
    "bestätigung", "eine bestätigung", "rückmeldung", "confirmation", "une confirmation", "confirmación", "una confirmación", "confirmação", "uma confirmação", "conferma", "una conferma",
    "bevestiging", "een bevestiging", "potwierdzenie", "подтверждение", "підтвердження", "bekräftelse", "en bekräftelse", "konfirmasi", "确认", "確認メール",
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
} as const satisfies Record<string, readonly string[]>;
