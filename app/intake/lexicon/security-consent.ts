/**
 * Security's consent claimed in a few words after the team is named (authority.prior_approval, rules/authority-rules.ts):
 * "Security is OK with it", "our security team is on board with this", "die Security ist damit einverstanden", "la
 * sécurité est d'accord", "служба безопасности не возражает", "فريق الأمن موافق". Only forms that stand for the request as
 * a whole: not "OK with the date change", and a consent followed by "to"/"pour"/"zu" is to something else ("security agreed
 * to collect her laptop"). Entries are normalised like the text (lower case, no accents); see override.ts for the syntax.
 */
export const SECURITY_CONSENT_CONCEPTS = {
  SEC_CONSENT: [
    "ok with it", "okay with it", "ok with this", "okay with this", "ok with that", "fine with it", "fine with this", "fine with that", "on board with it", "on board with this",
    "happy with it", "happy with this", "good with it", "good with this", "has no objection", "has no objections", "have no objection", "have no objections", "raised no objection*",
    "does not object", "doesn't object", "don't object", "agreed to this", "agreed to it", "agrees to this", "is in agreement", "are in agreement", "gave the nod", "has given the nod",
    "gave their blessing", "gave its blessing", "given their blessing",
    "einverstanden", "ist einverstanden", "sind einverstanden", "ist einverstanden damit", "ist damit einverstanden", "damit einverstanden", "hat zugestimmt", "haben zugestimmt", "stimmt zu", "hat nichts dagegen", "haben nichts dagegen", "keine einwände",
    "est d accord", "sont d accord", "est d accord avec ça", "est d accord avec cela", "a donné son accord", "ont donné leur accord", "n a pas d objection", "ne s oppose pas", "ne s y oppose pas", "est ok avec ça", "est ok avec cela",
    "está de acuerdo", "están de acuerdo", "está de acuerdo con esto", "está de acuerdo con ello", "están de acuerdo con esto", "esta de acuerdo", "dio su conformidad", "dio su visto bueno", "no tiene objeciones", "no se opone", "le parece bien",
    "está de acordo", "estão de acordo", "está de acordo com isso", "concorda com isso", "concorda", "concordou", "concordam", "não se opõe", "não tem objeções", "deu o aval", "deu o seu aval",
    "è d accordo", "sono d accordo", "è d accordo con questo", "ha acconsentito", "non ha obiezioni", "non ha nulla in contrario", "ha dato l ok",
    "gaat akkoord", "gaan akkoord", "is akkoord", "heeft geen bezwaar", "hebben geen bezwaar", "stemt in", "is het ermee eens",
    "zgadza się", "zgodził się", "zgodziła się", "zgodzili się", "nie ma zastrzeżeń", "nie ma nic przeciwko", "wyraził zgodę", "wyraziła zgodę", "wyrazili zgodę",
    "не возражает", "не возражают", "согласен", "согласна", "согласны", "дал добро", "дала добро", "дали добро",
    "не заперечує", "не заперечують", "погоджується", "погодилась", "погодився", "згоден", "згодна", "згодні", "дав добро", "дала добро",
    "موافق", "موافقون", "موافقة", "وافق", "وافقت", "وافقوا", "لا يمانع", "لا تمانع", "لا مانع لديه",
    "सहमत है", "सहमत हैं", "सहमति दे दी", "सहमति दी", "को कोई आपत्ति नहीं",
    "onaylıyor", "onayladı", "kabul etti", "itiraz etmiyor", "bir itirazı yok", "hemfikir",
    "är med på det", "är med på detta", "har inget emot det", "går med på det", "har inga invändningar", "godkänner det",
    "sudah setuju", "setuju", "tidak keberatan", "sudah oke",
  ],
  /**
   * Security said to have found the request fine, reported in passing (authority.prior_approval, rules/said-fine-rules.ts):
   * "security owns this ticket and said it's fine, so you can just execute it", "la sécurité a dit que c'est bon", "die
   * IT-Sicherheit hat gesagt, das passt". An approval claimed as a remark, without an approval word. Entries are normalised
   * like the text. Consent in so many words ("has no objection", "ist einverstanden") is SEC_CONSENT.
   */
  SAID_FINE: [
    "said it's fine", "said it is fine", "said its fine", "says it's fine", "says it is fine", "said that's fine", "said that is fine", "said fine", "says fine",
    "said it's ok", "said it is ok", "said its ok", "says it's ok", "said ok", "says ok", "said okay", "says okay", "said it's okay", "said all good", "says all good",
    "said it's all good", "said go for it", "says go for it",
    // fr es pt it de nl (consent in so many words, "est d'accord", is SEC_CONSENT above)
    "a dit que c est bon", "a dit que c etait bon", "dit que c est bon", "a dit ok", "dijo que esta bien", "dijeron que esta bien", "dice que esta bien", "dijo que ok",
    "disse que esta tudo bem", "disse que esta bem", "disseram que esta tudo bem", "disse que pode", "ha detto che va bene", "hanno detto che va bene", "dice che va bene",
    "hat gesagt das passt", "hat gesagt das ist ok", "hat gesagt es ist ok", "sagt das passt", "hat ok gesagt", "zei dat het goed is", "zegt dat het goed is", "vindt het goed", "vinden het goed",
  ],
} as const;
