/**
 * Concepts for a correction that names another person: the wrong person, the right address, the
 * one to act on, a swap, someone not in HR's records (see override.ts for the entry syntax; the
 * correction cues themselves in corrections.ts).
 */
export const WRONG_PERSON_CONCEPTS = {
  WRONG_PERSON: [ "me equivoqué de persona", "equivoqué de persona", "wrong one", "mauvaise personne", "falsche person", "pessoa errada", "persona sbagliata", "verkeerde persoon", "fel person","wrong person", "wrong employee", "wrong user", "wrong leaver", "wrong target", "wrong account", "wrong name", "falsche person", "mauvaise personne", "persona equivocada", "pessoa errada", "неправильн* сотрудник*", "yanlış kişi",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    // a wrong name on the form (es fr it pt nl de tr ru uk sv cs sk pl ro): "ve formuláři bylo špatně jméno"
    "špatně jméno", "špatné jméno", "chybné jméno", "nesprávné jméno", "zlé meno", "nesprávne meno", "złe imię", "błędne imię", "nume greșit", "numele greșit",
    "nhầm người", "не та людина", "persoana greșită", "špatná osoba", "nesprávna osoba", "orang yang salah", "forkert person", "feil person", "väärä henkilö", "λάθος άτομο",
    "rossz személy", "ผิดคน",
    // ca (Catalan)
    "persona errònia",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "pogrešna osoba", "pogrešnu osobu", "pogrešnog zaposlenika",
    // sr (Serbian Cyrillic)
    "погрешна особа", "погрешну особу",
    // sl (Slovenian)
    "napačna oseba", "napačno osebo",
    // bg (Bulgarian)
    "грешния човек", "грешен човек", "грешния служител",
    // lt (Lithuanian)
    "ne tas asmuo", "neteisingas asmuo",
    // lv (Latvian)
    "nepareizā persona", "nepareizo personu",
    // et (Estonian)
    "vale inimene", "vale inimese", "vale töötaja",
    // is (Icelandic)
    "rangur aðili", "rangan aðila", "rangur starfsmaður",
    // af (Afrikaans)
    "die verkeerde persoon", "verkeerde werknemer",
    // az (Azerbaijani)
    "səhv şəxs", "yanlış şəxs", "səhv işçi",
    // The wrong name, as "wrong name" is (en has it): "a ficha saiu com o nome trocado. Quem está saindo é ..."
    "nome trocado", "nome errado", "nombre equivocado", "nombre cambiado", "nombre incorrecto", "nombre erróneo", "mauvais nom", "nom erroné", "falscher name", "falschen namen", "nome sbagliato", "nome errato", "verkeerde naam", "błędne nazwisko", "złe nazwisko", "pomylone nazwisko", "неправильное имя", "неверное имя", "неправильная фамилия", "не та фамилия", "неправильне ім'я", "неправильне прізвище", "не те прізвище", "yanlış isim", "yanlış ad", "fel namn", "名字写错", "姓名有误", "名前が間違", "이름이 잘못", "الاسم الخطأ", "اسم خاطئ", "الاسم خاطئ", "गलत नाम",
  ],
  /**
   * The account a correction points at, named as the right one: "the correct address", "o endereço certo", "la
   * dirección correcta" (detect-correction.ts: a cue's next sentence that opens with it names the person right after).
   */
  RIGHT_ADDRESS: [
    "the right address", "the correct address", "the right email", "the correct email", "the right e mail", "the correct e mail", "the right username", "the correct username", "the right login", "the correct login",
    "o endereço certo", "o endereço correto", "o e mail certo", "o e mail correto", "o email certo", "o email correto", "o usuário certo", "o usuário correto", "o login certo", "o login correto",
    "la dirección correcta", "el correo correcto", "el email correcto", "el usuario correcto", "la bonne adresse", "l adresse correcte", "le bon identifiant", "le bon compte",
    "die richtige adresse", "die korrekte adresse", "die richtige e mail", "die korrekte e mail", "der richtige benutzer", "das richtige konto", "l indirizzo corretto", "l indirizzo giusto", "l utente corretto",
    "het juiste adres", "het juiste e mailadres", "het juiste account", "właściwy adres", "poprawny adres", "prawidłowy adres", "правильный адрес", "правильная почта", "doğru adres", "doğru e posta",
    // The account to act on, named as the right one (detect-pointed-account.ts): "o correto para desativar é ...", "ang tamang account na isasara".
    "the correct account", "the right account", "the correct one to disable", "the right one to disable", "o correto para desativar", "o certo para desativar", "a conta correta", "a conta certa",
    "la cuenta correcta para desactivar", "el correcto para desactivar", "le bon compte à désactiver", "l account corretto", "l account giusto", "il corretto da disattivare", "das richtige konto zum sperren",
    "ang tamang account", "ang tamang email", "tamang account na isasara", "właściwe konto", "правильная учетная запись", "правильный аккаунт", "правильний обліковий запис", "doğru hesap",
    "正确的账号", "正確的帳號", "正しいアカウント", "올바른 계정", "الحساب الصحيح", "सही खाता", "rätt konto", "het juiste account om", "het juiste e mailadres om",
    // af (Afrikaans)
    "die regte adres", "die korrekte adres",
    // az (Azerbaijani)
    "düzgün ünvan", "doğru ünvan",
    "the live account is now", "the live account is", "live account is now", "the active account is now",
  ],
  /** "the one to disable": an address just named, made the target. */
  ONE_TO_ACT: [ "the account that actually needs removing", "needs removing", "needs disabling", "needs deactivating", "l adresse à désactiver", "le compte à désactiver", "la cuenta a desactivar", "la cuenta correcta", "właściwy login do wyłączenia", "login do wyłączenia", "das zu sperrende konto", "the account to disable", "the address to disable","the one to disable", "the one to deactivate", "the one to offboard", "the one to remove", "the one to delete", "the one to deprovision", "the account to disable", "the account to deactivate", "the account to deprovision", "the one that needs disabling", "the one that should be disabled",
    // The address just named called the one to act on, the verb in the passive: "marcos.almeida@..., so that's the one that needs to be blocked".
    "the one that needs to be blocked", "the one that needs to be locked", "the one that needs to be closed", "the one that needs to be deactivated", "the one that needs to be removed",
    "the one that has to be blocked", "the one that has to be locked", "the one that has to be closed", "the one that has to be disabled", "the one that should be blocked", "the one that should be locked",
    // The address that counts now (en es pt fr it de nl): "en el sistema figura con un correo antiguo; el que vale ahora es x@"
    "the one that counts now is", "the valid one now is", "the one that is valid now is", "el que vale ahora es", "el que vale es", "la que vale ahora es", "o que vale agora é", "o que vale é",
    "celle qui vaut maintenant est", "celle qui est valable maintenant est", "quello che vale ora è", "quello valido ora è", "gültig ist jetzt", "die jetzt gültige ist", "het geldige is nu",
    // The address named, then called the one that has to go (en es pt fr it de nl pl ru): "monica.salazar@..., porque la migraron mal;
    // es esa la que hay que desactivar, no la suya".
    "is the one that has to be disabled", "is the one that needs to be disabled", "that one needs to be disabled", "the one that must be disabled",
    // Other verbs and the target named so (en): "marcos.almeida@..., so that's the one that needs to be blocked", "please action
    // helen.marsh@ as the target account".
    "the one that needs to be blocked", "the one that needs to be closed", "the one that needs to be deactivated", "the one that needs to be locked",
    "the one that needs to be switched off", "the one that needs to be removed", "the one that needs blocking", "the one that needs closing", "the one that needs locking",
    "the one that must be blocked", "the one that must be closed", "the one to block", "the one to close", "the one to lock",
    "as the target account", "as the target mailbox", "as the target login",
    "es esa la que hay que desactivar", "esa es la que hay que desactivar", "es ese el que hay que desactivar", "ese es el que hay que desactivar", "é essa que tem que ser desativada", "é esse que tem que ser desativado",
    "c est celle là qu il faut désactiver", "c est celui là qu il faut désactiver", "è quella da disattivare", "è quello da disattivare",
    "la que hay que desactivar", "el que hay que desactivar", "la que hay que dar de baja", "el que hay que dar de baja", "la cuenta que hay que desactivar",
    "a que tem que ser desativada", "o que tem que ser desativado", "a que deve ser desativada", "o que deve ser desativado", "a que precisa ser desativada", "a conta a desativar",
    "celle qu il faut désactiver", "celui qu il faut désactiver", "le compte qu il faut désactiver", "quella da disattivare", "quello da disattivare", "l account da disattivare",
    "das deaktiviert werden muss", "das zu deaktivierende konto", "die uitgeschakeld moet worden", "dat uitgeschakeld moet worden", "które trzeba wyłączyć", "które należy wyłączyć",
    "которую нужно отключить", "который нужно отключить", "которую надо отключить", "який треба вимкнути", "яку треба вимкнути", "the account you need to close", "the account you need to disable", "the account you need to deactivate", "the account you should close", "the account you should disable", "the account to close", "отключать нужно именно её", "отключать нужно именно его", "отключить нужно именно её", "отключить нужно именно его", "блокировать нужно именно её", "блокировать нужно именно его", "нужно отключить именно эту", "нужно отключить именно эту учётную запись", "that is the correct one", "that's the correct one", "thats the correct one", "that is the right one", "that's the right one", "the account that really needs closing", "really needs closing", "needs closing", "the account that really needs disabling"],
  SWAP: [
    "instead", "rather than", "in place of", "replace", "replacing", "replace it with", "swap*", "switch the target", "actually meant", "change the target",
    "stattdessen", "statt", "anstelle", "à la place", "au lieu", "plutôt", "en lugar", "en vez", "em vez", "no lugar", "zamiast", "вместо", "yerine",
    "代わりに", "改为", "改為", "而不是", "대신", "بدلا", "بدلاً", "במקום", "के बजाय", "बजाय", "به جای", "بجای",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "thay vì", "thay cho", "замість", "în loc de", "în locul", "namiesto", "istället", "i stedet", "i stället", "sijaan", "αντί για", "helyett",
    // ca (Catalan)
    "en lloc de", "en comptes de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "umjesto", "umesto",
    // sr (Serbian Cyrillic)
    "уместо",
    // sl (Slovenian)
    "namesto",
    // lt (Lithuanian)
    "vietoj", "užuot",
    // lv (Latvian)
    "tā vietā",
    // et (Estonian)
    "asemel", "selle asemel",
    // is (Icelandic)
    "í stað", "í staðinn fyrir",
    // af (Afrikaans)
    "in plaas van", "eerder as",
    // az (Azerbaijani)
    "yerinə",
  ],
  /** The person is not (yet) leaving in HR's records: acting on them skips HR. */
  NOT_IN_HR: [
    "not in workday", "not in workday yet", "isnt in the hr export", "not in the hr export", "not in the hris", "not in hris", "no termination recorded", "hasnt resigned", "has not resigned", "hr will catch up", "catch up on the paperwork", "paperwork later", "paperwork will follow", "hr will follow up later",
    "no tiene baja registrada", "sin baja registrada", "todavía no ha causado baja", "noch nicht im hr system", "pas encore dans le sirh", "之后再补", "手续之后再补", "henüz ik sisteminde değil",
    // et zh: the paperwork follows later
    "paberid tulevad hiljem", "paberid hiljem", "dokumendid tulevad hiljem", "手续之后补", "手续后补", "手续稍后补", "手續之後補",
  ],
} as const satisfies Record<string, readonly string[]>;
