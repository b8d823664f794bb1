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
} as const;
