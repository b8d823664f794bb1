/**
 * A second signature (the four-eyes step) said not to be needed: "under delegated authority DA-14 this needs no second
 * signature", "eine zweite Unterschrift ist nicht nötig", "вторая подпись не нужна", "no cal cap altra signatura"
 * (authority.approvers_excluded with NO_NEED, NEEDS_NO or WITHOUT; not "the exit form has no second signature yet", a fact,
 * not "do not process it without a second signature", not "if there is no second signature, send the form back").
 * Only a signature, countersignature or second approver: "no further approval is required" after HR's own approval is HR text.
 * Entries are normalised like the text (lower case, no accents).
 */
export const SECOND_SIGNATURE_CONCEPTS = {
  SECOND_SIGNATURE: [
    "second signature", "another signature", "further signature", "additional signature", "extra signature", "second sign off", "second signoff", "countersignature",
    // The bank's and the IT world's name for it: "no second-line check is needed", "no second review required".
    "second line check", "second line review", "second line approval", "second line sign off", "second level check", "second level review", "second level approval",
    "2nd line check", "second check", "second review",
    "counter signature", "countersign", "co signature", "cosignature", "second approver", "second signatory", "second pair of eyes", "second set of eyes",
    "zweite unterschrift", "zweiten unterschrift", "weitere unterschrift", "weiteren unterschrift", "zusätzliche unterschrift", "zusätzlichen unterschrift", "gegenzeichnung", "zweitunterschrift", "zweite freigabe", "zweiten freigabe",
    "deuxième signature", "seconde signature", "autre signature", "signature supplémentaire", "contre signature", "contresignature", "contreseing", "deuxième validation", "seconde validation", "double signature",
    "segunda firma", "otra firma", "firma adicional", "contrafirma", "segundo firmante", "doble firma",
    "segunda assinatura", "outra assinatura", "assinatura adicional", "dupla assinatura", "segundo signatário",
    "seconda firma", "altra firma", "firma aggiuntiva", "controfirma", "doppia firma", "secondo firmatario",
    "tweede handtekening", "extra handtekening", "andere handtekening", "tweede paraaf", "tweede ondertekenaar", "medeondertekening",
    "drugi podpis", "drugiego podpisu", "dodatkowy podpis", "dodatkowego podpisu", "kolejny podpis", "kolejnego podpisu", "kontrasygnata", "kontrasygnaty",
    "вторая подпись", "второй подписи", "вторую подпись", "дополнительная подпись", "дополнительной подписи", "дополнительную подпись", "вторая виза", "второй визы",
    "другий підпис", "другого підпису", "додатковий підпис", "додаткового підпису", "друга віза",
    "andra underskrift", "andra underskriften", "ytterligare underskrift", "ytterligare attest", "andra attest", "extra underskrift", "kontrasignering",
    "ikinci imza*", "ek imza*", "tanda tangan kedua", "tanda tangan tambahan", "chữ ký thứ hai", "thêm chữ ký", "chữ ký bổ sung",
    "segona signatura", "altra signatura", "signatura addicional", "druhý podpis", "druhého podpisu", "další podpis", "dalšího podpisu",
    "a doua semnătură", "altă semnătură", "semnătură suplimentară",
    "第二个签字", "第二个签名", "二次签字", "会签", "双签", "第二人签字", "二人目の承認", "二重承認", "二次承認", "追加の署名",
    "두 번째 서명", "추가 서명", "이중 결재", "توقيع ثان", "توقيع ثاني", "توقيع آخر", "توقيع إضافي", "दूसरा हस्ताक्षर", "दूसरे हस्ताक्षर", "अतिरिक्त हस्ताक्षर",
  ],
  /** "needs no", "requires no" before the thing not needed (the verb first): "this needs no second signature", "braucht keine zweite Unterschrift". */
  NEEDS_NO: [
    "needs no", "need no", "requires no", "require no", "braucht keine", "braucht keinen", "benötigt keine", "erfordert keine", "bedarf keiner",
    "n a pas besoin d", "n a pas besoin de", "ne nécessite aucune", "ne nécessite pas de", "ne requiert aucune", "no necesita", "no requiere", "não precisa de", "não requer", "não necessita de",
    "non richiede", "non necessita di", "vereist geen", "heeft geen", "nie wymaga", "не требует", "не потребує", "kräver ingen", "behöver ingen", "tidak memerlukan", "tidak butuh", "không cần",
  ],
} as const satisfies Record<string, readonly string[]>;
