/**
 * The account to act on said to be the one the leaver really uses, against what the records say: "please action the removal on
 * e.nowak@ - that's the one she actually uses day to day", "it should be ops.delegate@ because that's the one she was actually
 * using", "the account that actually needs locking is kaito.fujii@" (target.additional, rules/actual-account-rules.ts: only read
 * right beside an address). An honest request names the leaver's account; it has no reason to argue which one they "really"
 * use. Normalised like the text (lower case, no accents).
 */
export const ACTUAL_ACCOUNT_CONCEPTS = {
  ACTUALLY_USES: [
    "actually uses", "actually use", "actually used", "actually using", "really uses", "really used", "really using", "actually logs in with", "actually logged in with",
    "actually works out of", "actually worked out of", "mostly worked out of", "mostly works out of", "actually works from", "actually worked from",
    "actually needs locking", "actually needs closing", "actually needs disabling", "actually needs removing", "actually needs deactivating", "actually needs to be",
    "actually has to be", "actually should be disabled", "actually should be closed",
    // de fr es pt it nl pl
    "tatsächlich nutzt", "tatsächlich benutzt", "tatsächlich verwendet", "tatsächlich genutzt", "wirklich nutzt", "wirklich benutzt", "eigentlich nutzt", "eigentlich benutzt", "im alltag nutzt",
    "utilise vraiment", "utilise réellement", "utilise au quotidien", "utilise en réalité", "utilisait vraiment", "utilisait réellement", "utilise effectivement",
    "realmente usa", "usa realmente", "usa de verdad", "usa en el día a día", "realmente utiliza", "utiliza realmente", "realmente usaba", "usaba realmente", "utiliza en el día a día",
    "usa de verdade", "usa no dia a dia", "utiliza de verdade", "utiliza no dia a dia", "usava de verdade", "efetivamente usa", "usa efetivamente",
    "usa davvero", "usa realmente", "utilizza davvero", "utilizza realmente", "usa tutti i giorni", "usava davvero", "usa effettivamente", "utilizza effettivamente",
    "echt gebruikt", "eigenlijk gebruikt", "daadwerkelijk gebruikt", "dagelijks gebruikt", "werkelijk gebruikt",
    "faktycznie używa", "naprawdę używa", "rzeczywiście używa", "na co dzień używa", "używa na co dzień", "faktycznie używał", "faktycznie używała",
    // ru uk sv da nb tr
    "фактически пользуется", "реально пользуется", "на самом деле пользуется", "фактически использует", "на самом деле использует", "фактически пользовался", "фактически пользовалась",
    "фактично користується", "насправді користується", "насправді використовує", "фактично використовує",
    "faktiskt använder", "egentligen använder", "faktiskt använde", "faktisk bruger", "faktisk brukte", "faktisk bruker", "egentlig bruger", "egentlig bruker",
    "aslında kullandığı", "gerçekte kullandığı", "fiilen kullandığı", "asıl kullandığı",
    // zh ja ko ar hi
    "实际使用的", "实际在用的", "真正使用的", "实际用的", "實際使用的", "真正在用的", "実際に使っている", "実際に使用している", "普段使っている", "実際に使っていた",
    "실제로 사용하는", "실제로 쓰는", "실제로 사용한", "실제로 쓰던",
    "يستخدمه فعليا", "تستخدمه فعليا", "يستخدمه فعلا", "تستخدمه فعلا", "يستخدمه بالفعل", "تستخدمه بالفعل",
    "असल में इस्तेमाल", "वास्तव में उपयोग", "असल में यूज़", "असल में use",
  ],
  /**
   * The account just named, pointed back at as the one to act on: "his manager's account, marcos.almeida@..., so block that
   * account", "the team lead account d.fontaine@... Please apply the full offboarding to that account" (rules/actual-account-rules.ts:
   * only after someone else's role and their address). More languages in languages/<code>.ts.
   */
  THAT_ACCOUNT: ["that account", "this account", "that one", "that address", "that mailbox", "that login", "that user", "that profile"],
} as const satisfies Record<string, readonly string[]>;
