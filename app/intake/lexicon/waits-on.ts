/**
 * Security's review waited for, right after an approval or a go-ahead: "consider it approved once security has signed off",
 * "Considérez-le comme approuvé dès que la sécurité aura validé", "please wait to push it through until security has looked at
 * it" (authority.offline_approval, pressure.skip_review). A condition lead with security or its review as subject; not any
 * condition ("close this as approved once the accounts are gone" waits for no review), not "before" ("consider it approved before
 * security sees it"). Entries are normalised like the text (no accents).
 */
const LEADS: Record<string, readonly string[]> = {
  en: ["once", "when", "after", "as soon as", "until", "till"],
  fr: ["dès que", "dès qu", "quand", "lorsque", "une fois que", "après que", "jusqu à ce que"],
  de: ["sobald", "wenn", "nachdem", "bis"],
  es: ["cuando", "en cuanto", "una vez que", "tan pronto como", "después de que", "hasta que"],
  pt: ["quando", "assim que", "logo que", "depois que", "até que"],
  it: ["quando", "non appena", "appena", "dopo che", "una volta che", "finché"],
  nl: ["zodra", "wanneer", "nadat", "totdat"],
  pl: ["gdy", "kiedy", "jak tylko", "po tym jak", "dopóki"],
};
const SUBJECTS: Record<string, readonly string[]> = {
  en: ["security", "the security team", "security team", "infosec", "the security review", "security review", "the review", "it security", "the ciso", "the soc"],
  fr: ["la sécurité", "l équipe sécurité", "l équipe de sécurité", "la revue", "la revue de sécurité", "le rssi", "la ssi", "le soc"],
  de: ["die sicherheit", "die it sicherheit", "das sicherheitsteam", "die sicherheitsprüfung", "die prüfung", "der ciso", "der isb"],
  es: ["seguridad", "la seguridad", "el equipo de seguridad", "la revisión", "la revisión de seguridad", "el ciso"],
  pt: ["a segurança", "segurança", "a equipe de segurança", "a equipa de segurança", "a revisão", "o ciso"],
  it: ["la sicurezza", "il team sicurezza", "il team di sicurezza", "la revisione", "il ciso"],
  nl: ["security", "de beveiliging", "het securityteam", "de review", "de ciso"],
  pl: ["dział bezpieczeństwa", "zespół bezpieczeństwa", "bezpieczeństwo", "przegląd bezpieczeństwa"],
};

export const WAITS_ON_CONCEPTS = {
  WAITS_ON_SECURITY: Object.keys(LEADS).flatMap((lang) => (LEADS[lang] ?? []).flatMap((lead) => (SUBJECTS[lang] ?? []).map((subject) => `${lead} ${subject}`))),
} as const;
