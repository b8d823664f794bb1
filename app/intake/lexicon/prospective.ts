/**
 * An approval still to come, not given: "security will want to sign off", "la sécurité voudra
 * valider", "die Sicherheit wird das freigeben müssen", "la seguridad tendrá que validarlo". A
 * future, a modal or a wish between who approves and the approval word makes the approval a
 * prospect (authority.prior_approval does not fire). Entries are normalised like the text (lower
 * case, no accents); only words that stand between the subject and the verb are listed (languages
 * that put the auxiliary after the verb, as Turkish, Japanese and Korean, need none).
 */
export const PROSPECTIVE_CONCEPTS = {
  PROSPECTIVE: [
    "will", "would", "may", "might", "should", "must", "need to", "needs to", "has to", "have to", "want to", "wants to", "going to", "is likely to", "will probably",
    // fr es pt it
    "voudra", "voudront", "voudrait", "devra", "devront", "devrait", "doit", "doivent", "va", "vont", "pourra", "pourrait", "souhaitera", "aura a",
    "querra", "querran", "querria", "tendra que", "tendran que", "debera", "deberan", "deberia", "debe", "deben", "va a", "van a", "podra", "necesitara", "tiene que",
    "vai", "vao", "vai querer", "tera de", "tera que", "devera", "deverao", "deveria", "deve", "devem", "precisa", "precisara", "podera", "ira",
    "vorra", "vorranno", "vorrebbe", "dovra", "dovranno", "dovrebbe", "devono", "potra", "vuole",
    // de nl sv da nb
    "wird", "werden", "muss", "müssen", "soll", "sollte", "möchte", "wollen",
    "zal", "zullen", "zou", "moet", "moeten", "wil", "willen", "gaat",
    "kommer att", "vill", "måste", "ska", "skall", "behöver", "vil", "skal", "må", "bør",
    // pl ru uk
    "bedzie", "beda", "musi", "muszą", "powinien", "powinna", "powinno", "powinni", "zechce", "chce",
    "захочет", "захотят", "хочет", "должна", "должен", "должно", "должны", "будет", "будут", "нужно", "надо", "придется",
    "захоче", "захочуть", "хоче", "має", "мають", "повинна", "повинен", "повинні", "буде", "будуть", "треба",
    // zh ar
    "需要", "应该", "應該", "将会", "將會", "可能会", "可能會", "سوف", "يجب", "قد",
  ],
  /**
   * An approval named as a step still to take, right before who approves: "happy to wait for the security sign-off",
   * "standard privileged-user offboarding, including the security sign-off", "subject to security approval".
   */
  AWAITED: [
    "wait for", "waiting for", "await", "awaiting", "including", "incl", "include", "requires", "require", "requiring", "need", "needs", "needing",
    "subject to", "ask for", "asking for", "route for", "routed for", "send for", "sent for", "seek", "seeking",
    "einschließlich", "inklusive", "inkl", "y compris", "incluyendo", "incluida", "incluido", "incluindo", "inclusa", "incluso", "inclusief",
  ],
  /** The approval said to be still needed, right after it: "security sign-off required before closure", "security approval pending". */
  AWAITED_AFTER: ["required", "needed", "pending", "outstanding", "to follow", "still needed", "still required", "is required", "is needed", "is pending", "erforderlich", "requis", "requise", "requerida", "requerido", "necessaria", "necessario", "vereist", "nodig"],
} as const;
