/**
 * The approvers not to be asked to confirm the request: "please don't reach out to him or his line manager to
 * confirm", "ne contactez pas son manager pour vérifier", "kontaktiert nicht seinen Vorgesetzten, um das zu
 * bestätigen" (authority.approvers_excluded in rules/authority-rules.ts: a negation, a verb of contacting, the
 * approver side and a purpose of checking, in one clause; not "please don't contact the employee", no approver;
 * not "please contact his manager to confirm the date", no negation). Entries are normalised like the text.
 */
export const VERIFY_CONTACT_CONCEPTS = {
  /** Getting in touch with someone. */
  CONTACT_VERB: [
    "contact", "reach out to", "reach out", "call", "ring", "ping", "email", "e mail", "message", "check with", "get in touch with", "get hold of", "ask",
    "kontaktiert", "kontaktieren", "kontaktiere", "ruft", "anrufen", "fragt", "anschreiben", "schreibt",
    "contactez", "contacter", "contacte", "appelez", "appeler", "joignez", "joindre", "sollicitez", "solliciter", "écrivez",
    "contactéis", "contacten", "contactes", "contactar", "contacte", "llaméis", "llamen", "llamar", "escribáis", "escriban", "consultéis", "consulten", "consultar",
    "contatem", "contactem", "contatar", "contactar", "contate", "liguem", "ligar", "ligue", "consultem", "escrevam",
    "contattate", "contattare", "contatti", "chiamate", "chiamare", "sentite", "sentire", "scrivete", "interpellate",
    "contact op met", "contact opnemen met", "bel", "bellen", "mail", "mailen", "benader", "benaderen",
    "kontaktujcie się z", "kontaktujcie", "kontaktować się z", "kontaktować", "dzwońcie do", "dzwonić do", "piszcie do",
    "связывайтесь с", "связываться с", "звоните", "звонить", "пишите", "писать", "зв язуйтеся з", "зв язуватися з", "телефонуйте",
    "kontakta", "ring", "hör av er till", "höra av er till", "kontakt med", "ota yhteyttä", "soittakaa",
  ],
  /** To have it confirmed: the purpose of asking. */
  CONFIRM_PURPOSE: [
    "to confirm", "to verify", "to check", "to double check", "to validate", "for confirmation", "for verification", "to get confirmation",
    "um zu bestätigen", "um das zu bestätigen", "um es zu bestätigen", "zur bestätigung", "zur kontrolle", "zur rückversicherung", "um nachzufragen",
    "pour confirmer", "pour vérifier", "pour valider", "pour le confirmer", "pour le vérifier", "pour confirmation",
    "para confirmar", "para verificar", "para comprobar", "para validar", "para confirmarlo", "para checar", "para confirmação",
    "per confermare", "per verificare", "per conferma", "per avere conferma", "per controllare",
    "om te bevestigen", "om te verifiëren", "om te checken", "om het te bevestigen", "ter bevestiging", "ter controle",
    "żeby potwierdzić", "aby potwierdzić", "w celu potwierdzenia", "żeby to potwierdzić", "aby to potwierdzić", "żeby sprawdzić",
    "чтобы подтвердить", "для подтверждения", "чтобы уточнить", "чтобы проверить", "щоб підтвердити", "для підтвердження", "щоб перевірити",
    "för att bekräfta", "för bekräftelse", "för att kontrollera", "vahvistaaksenne", "vahvistamaan", "teyit için", "doğrulamak için", "onaylatmak için",
  ],
} as const;
