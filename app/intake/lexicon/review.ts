/**
 * Concepts for the review itself and the security check (see override.ts for the entry syntax; the
 * approval step and queue, the routine way and the reviewers told to stand aside in review-gate.ts).
 */
export const REVIEW_CONCEPTS = {
  REVIEW: [
    // ht (Haitian Creole)
    "revizyon",
    // ca (Catalan)
    "revisió", "revisio", "revisions", "revisar", "validació",
    // Another look at it; tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "another look", "a second look", "second look", "another pair of eyes", "dubawa", "sake dubawa", "bita", "amincewa", "amincewar", "pagsusuri", "àyẹ̀wò", "ìfọwọ́sí", "يراجعه", "يراجعها", "مراجعه",
    // The sign-off with its object inside: "without waiting on anyone to sign it off".
    "sign it off", "sign this off", "sign that off", "sign off on it",
    "granska*", "granskning", "que lo revise", "lo revise", "revisado", "reviewer step", "reviewer",
    // Security's queue, named by its owner ("no need to put it back into their queue"); Bulgarian review ("допълнителен преглед").
    "their queue", "security queue", "the security queue", "преглед*",
    "review", "reviews", "reviewing", "hitl", "human in the loop", "approval", "approvals", "sign off", "signoff", "verification", "security check*", "checks", "human check", "human checks", "manual check", "manual checks", "the queue", "policy check*", "opa", "second approval", "two person", "four eyes", "human review", "manual review", "security review", "human approval", "security approval", "manual approval", "further approval", "the approvers",
    "prüfung*", "überprüfung*", "freigabe*", "genehmigung*", "vier augen", "revue", "vérification*", "approbation*", "contrôle*", "revisión", "revision*", "aprobación", "aprobacion*", "verificación", "validación",
    // pt es it: the review called an analysis ("não dá para esperar a análise da segurança").
    "análise", "análise da segurança", "análise de segurança", "análisis de seguridad", "analisi di sicurezza",
    "revisão", "aprovação", "verificação", "validação", "weryfikacj*", "zatwierdzeni*", "przegląd*", "kontrol*", "approvazione", "revisione", "verifica", "controllo", "перевірк*", "проверк*", "согласовани*", "одобрени*", "ревью",
    "onay*", "inceleme*", "denetim*", "承認", "レビュー", "確認", "審査", "审核", "審核", "审批", "審批", "复核", "审查", "審查", "승인", "검토", "확인", "심사", "검토는", "검토가", "검토도", "검토를", "심사는", "심사가", "심사도", "심사를",
    "مراجعة", "موافقة", "تدقيق", "الموافقة", "المراجعة", "אישור", "בדיקה", "ביקורת", "האישור", "בבדיקה", "הבדיקה", "לבדיקה", "באישור", "לאישור", "समीक्षा", "अनुमोदन", "जांच", "بررسی", "تایید", "تأیید",
    "revisar*", "säkerhetsgransk*",
    "beveiligingsbeoordeling", "attestuppgift*", "للموافقة", "للمراجعة", "beveiligingscontrole", "beveiligingsreview", "controle",
    "मंजूरी",
    "akceptacj*", "beoordeling", "goedkeuring",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "kiểm tra bảo mật", "xem xét", "phê duyệt", "duyệt", "kiểm duyệt", "thẩm định", "rà soát", "xét duyệt", "người kiểm tra", "погодженн*", "схваленн*", "розгляд*",
    "затвердженн*", "verificare*", "verificării", "aprobare*", "aprobării", "revizuire*", "validare*", "controlul", "schválení", "schvalování", "přezkum*", "ověřen*",
    "prověrk*", "posouzení", "schválenie", "overeni*", "preverenie", "posúdenie", "tinjauan", "peninjauan", "pemeriksaan", "persetujuan", "verifikasi", "pengecekan",
    "semakan", "kelulusan", "godkännande*", "attestering", "gennemgang*", "godkendelse*", "gjennomgang*", "godkjenning*", "tarkastu*", "tarkistu*", "hyväksyntä*",
    "hyväksynnä*", "katselmoin*", "έλεγχος", "έλεγχο", "ελέγχου", "έγκριση", "έγκρισης", "αναθεώρηση", "επανεξέταση", "পর্যালোচনা*", "অনুমোদন", "যাচাই", "নিরীক্ষা", "ukaguzi",
    "uhakiki", "idhini", "mapitio", "felülvizsgálat*", "jóváhagyás*", "ellenőrzés*", "átvizsgálás*", "engedélyezés*", "ตรวจสอบ", "การอนุมัติ", "การพิจารณา", "gransk*",
    // ur (Urdu)
    "جائزہ", "جائزے", "نظرثانی", "نظر ثانی", "منظوری", "جانچ", "جانچ پڑتال",
    // ta (Tamil)
    "மதிப்பாய்வு*", "பரிசீலனை*", "சரிபார்ப்பு*", "ஒப்புதல்", "ஆய்வு",
    // te (Telugu)
    "సమీక్ష*", "పరిశీలన*", "తనిఖీ*", "ఆమోదం", "ధృవీకరణ*",
    // mr (Marathi)
    "पुनरावलोकन*", "तपासणी*", "पडताळणी*", "समीक्षा*",
    // gu (Gujarati)
    "સમીક્ષા*", "ચકાસણી*", "તપાસ*", "મંજૂરી",
    // pa (Punjabi, Gurmukhi)
    "ਸਮੀਖਿਆ", "ਜਾਂਚ", "ਮਨਜ਼ੂਰੀ", "ਪੜਤਾਲ", "ਪ੍ਰਵਾਨਗੀ",
    // ne (Nepali)
    "जाँचको", "स्वीकृति",
    // si (Sinhala)
    "සමාලෝචන*", "පරීක්ෂා*", "අනුමැතිය", "සත්‍යාපන*",
    // ca (Catalan)
    "aprovació", "comprovació", "verificació", "vistiplau",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "provjer*", "provera", "proveru", "provere", "odobrenje", "odobrenja",
    // sr (Serbian Cyrillic)
    "провера", "проверу", "провере", "одобрење", "одобрења",
    // sl (Slovenian)
    "preverjanj*", "preveritev", "odobritev", "odobritve",
    // lt (Lithuanian)
    "peržiūr*", "patvirtinim*", "papildomo patikrinimo", "papildomas patikrinimas", "papildomą patikrinimą",
    // lv (Latvian)
    "pārskatīšan*", "apstiprinājum*", "papildu pārbaud*",
    // et (Estonian)
    "turvakontroll*", "ülevaatus*", "läbivaatus*", "heakskiit*", "kinnitus*",
    // is (Icelandic)
    "yfirferð*", "athugun*", "samþykki*", "öryggisyfirferð*", "öryggisskoðun*",
    // af (Afrikaans)
    "hersiening*", "sekuriteitshersiening*", "sekuriteitskontrole", "verifikasie",
    // az (Azerbaijani)
    "yoxlama*", "təsdiq*", "nəzərdən keçirmə*", "baxış",
    // kk (Kazakh)
    "тексеру*", "тексеріс*", "мақұлдау*", "келісу*",
    // uz (Uzbek)
    "tekshiruv*", "tekshirish*", "ko'rib chiqish*", "koʻrib chiqish*", "koʼrib chiqish*", "tasdiq*",
    // ka (Georgian)
    "შემოწმებ*", "განხილვ*", "დამტკიცებ*", "თანხმობ*",
    // hy (Armenian)
    "ստուգում*", "ստուգման", "վերանայում*", "հաստատում*", "համաձայնեցում*",
    // am (Amharic)
    "ግምገማ*", "ፍተሻ*", "ማረጋገጫ*", "ይሁንታ*", "ማጽደቅ", "ማፅደቅ",
    // so (Somali)
    "dib u eegis*", "hubin*", "oggolaansho*", "ogolaansho*", "ansixin*",
    // zu (Zulu)
    "ukubuyekezwa", "ukubuyekeza", "ukuhlolwa", "ukuhlola", "sokuhlolwa", "sokubuyekezwa", "imvume", "ukugunyazwa",
    // bn: the review as an English loan
    "রিভিউ*",
    // Hebrew construct state and French with its article ('בדיקת האבטחה', 'passez outre la validation de la sécurité')
    "בדיקת", "בדיקות", "הבדיקות", "la validation", "les validations",
    // Portuguese and Spanish security analysis as a review ('dispensem a análise de segurança')
    "análise de segurança", "análisis de seguridad",
    // ha: "bincike" (a check, an investigation: "jiran binciken tawagar tsaro")
    "bincike", "binciken",
  ],
  REVIEW_STRONG: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "dubawa", "sake dubawa", "pagsusuri", "àyẹ̀wò", "àyẹ̀wò ènìyàn", "يراجعه", "يراجعها", "مراجعه",
    "reviewer step", "reviewer", "reviewers", "granskning", "granskas", "further review", "fresh review", "a fresh review", "new review",
    "review", "reviews", "reviewing", "hitl", "human in the loop", "sign off", "signoff", "verification", "security check*", "checks", "the queue", "policy check*", "opa", "second approval", "two person", "four eyes", "human review", "manual review", "security review", "human approval", "security approval", "manual approval", "further approval", "any approval", "the approvers", "anyone checking",
    "análise da segurança", "análise de segurança", "análisis de seguridad", "analisi di sicurezza",
    "prüfung*", "überprüfung*", "vier augen", "revue", "vérification*", "validation", "revisión", "revision*", "verificación", "validación", "revisão", "verificação", "validação", "weryfikacj*", "przegląd*", "revisione", "verifica", "approvazione", "перевірк*", "проверк*", "ревью",
    "inceleme*", "denetim*", "レビュー", "審査", "审核", "審核", "审查", "審查", "검토", "심사", "مراجعة", "تدقيق", "المراجعة", "בדיקה", "ביקורת", "בבדיקה", "הבדיקה", "לבדיקה", "समीक्षा", "जांच", "بررسی", "beoordeling", "controle", "granskning", "kontroll",
    "säkerhetsgransk*",
    "beveiligingscontrole", "beveiligingsreview",
    "akceptacj*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "kiểm tra bảo mật", "xem xét", "kiểm duyệt", "thẩm định", "rà soát", "xét duyệt", "người kiểm tra", "kiểm tra thủ công", "розгляд*", "verificare*", "verificării",
    "revizuire*", "přezkum*", "ověřen*", "prověrk*", "bezpečnostní kontrol*", "lidská kontrola", "ruční kontrol*", "bezpečnostnú kontrol*", "bezpečnostná kontrola",
    "overeni*", "kontroly", "kontrolu", "tinjauan", "peninjauan", "pemeriksaan keamanan", "verifikasi", "semakan", "gennemgang*", "gjennomgang*", "menneskelig gennemgang",
    "manuel gennemgang", "tarkastu*", "tarkistu*", "katselmoin*", "έλεγχο", "ελέγχου", "έλεγχος", "αναθεώρηση", "পর্যালোচনা*", "যাচাই", "ukaguzi", "uhakiki", "mapitio",
    "felülvizsgálat*", "ellenőrzés*", "ตรวจสอบ", "การพิจารณา", "gransk*",
    // ur (Urdu)
    "جائزہ", "جائزے", "نظرثانی", "نظر ثانی", "جانچ", "جانچ پڑتال",
    // ta (Tamil)
    "மதிப்பாய்வு*", "பரிசீலனை*", "சரிபார்ப்பு*", "ஆய்வு",
    // te (Telugu)
    "సమీక్ష*", "పరిశీలన*", "తనిఖీ*",
    // mr (Marathi)
    "पुनरावलोकन*", "तपासणी*", "पडताळणी*", "समीक्षा*",
    // gu (Gujarati)
    "સમીક્ષા*", "ચકાસણી*", "તપાસ*",
    // pa (Punjabi, Gurmukhi)
    "ਸਮੀਖਿਆ", "ਜਾਂਚ", "ਪੜਤਾਲ",
    // ne (Nepali)
    "समीक्षा*", "जाँचको",
    // si (Sinhala)
    "සමාලෝචන*", "පරීක්ෂා*",
    // ca (Catalan)
    "revisió", "verificació", "validació", "comprovació",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "provjer*", "provera", "proveru", "provere",
    // sr (Serbian Cyrillic)
    "провера", "проверу", "провере",
    // sl (Slovenian)
    "preverjanj*", "preveritev",
    // bg (Bulgarian)
    "проверката", "допълнителен преглед", "допълнителна проверка",
    // lt (Lithuanian)
    "peržiūr*", "patikrinim*", "tikrinim*",
    // lv (Latvian)
    "pārbaud*", "pārskatīšan*",
    // et (Estonian)
    "kontrolli", "turvakontroll*", "ülevaatus*", "läbivaatus*",
    // is (Icelandic)
    "yfirferð*", "athugun*", "öryggisyfirferð*", "öryggisskoðun*",
    // af (Afrikaans)
    "hersiening*", "sekuriteitshersiening*", "sekuriteitskontrole", "kontrole", "verifikasie",
    // az (Azerbaijani)
    "yoxlama*", "nəzərdən keçirmə*", "təhlükəsizlik yoxlaması",
    // kk (Kazakh)
    "тексеру*", "тексеріс*",
    // uz (Uzbek)
    "tekshiruv*", "tekshirish*", "ko'rib chiqish*", "koʻrib chiqish*", "koʼrib chiqish*",
    // ka (Georgian)
    "შემოწმებ*", "განხილვ*",
    // hy (Armenian)
    "ստուգում*", "ստուգման", "վերանայում*",
    // am (Amharic)
    "ግምገማ*", "ፍተሻ*", "ማረጋገጫ*",
    // so (Somali)
    "dib u eegis*", "hubin*",
    // zu (Zulu)
    "ukubuyekezwa", "ukubuyekeza", "ukuhlolwa", "ukuhlola",
    // Korean with its particles, as REVIEW has them ('보안 검토는 건너뛰셔도 됩니다')
    "검토는", "검토를", "검토가", "검토도", "심사는", "심사를", "심사가", "심사도", "검토에", "심사에",
    // ha: "bincike" (a check, an investigation: "jiran binciken tawagar tsaro")
    "bincike", "binciken",
    // "this one can go through automatically without a manual check" (training author t56)
    "manual check", "manual checks", "human check", "human checks",
  ],
} as const satisfies Record<string, readonly string[]>;
