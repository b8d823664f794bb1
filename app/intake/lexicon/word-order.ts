/**
 * Words for the rules that read "also" where other languages put it (rules/word-order-rules.ts): after the person or the
 * verb rather than before them. Entry syntax as in override.ts.
 */
export const WORD_ORDER_CONCEPTS = {
  /**
   * A courtesy title right before a person's name, in the languages whose "also" comes after the verb and before the person:
   * "revocare gli accessi anche alla sig.ra Deborah Quinn", "revocați accesul și pentru doamna Deborah Quinn". The title says
   * the words after "also" are a person, not a product ("anche a Microsoft Teams").
   */
  PERSON_TITLE: [
    "sig", "sig ra", "sig na", "signor", "signora", "signorina", "dott", "dott ssa", "dottor", "dottoressa", "ing", "avv",
    "doamna", "domnul", "doamnei", "domnului", "dna", "dl", "d na", "d l",
    "mr", "mrs", "ms", "miss", "madame", "monsieur", "mme", "herrn", "frau", "herr", "señora", "señor", "sra", "sr", "senhora", "senhor",
    "mevrouw", "mevr", "dhr", "de heer",
  ],
  /**
   * "Too" joined to the verb that ends the sentence, right after the object it marks: Japanese "bg-admin-blr@… も削除してください",
   * "svc-payments-prod@… も入れてください"; Turkish "… da devre dışı bırakabilir misiniz", "… de silin". The particle alone is too
   * common a word ("も" inside words, Romance "da"/"de"), so it is written with the verb.
   */
  TOO_ACTION: [
    "も削除", "も無効化", "も停止", "も閉鎖", "もクローズ", "も入れて", "も追加", "も含め", "も対象に",
    "da devre dışı bırak*", "de devre dışı bırak*", "da kapat*", "de kapat*", "da kaldır*", "de kaldır*", "da silin*", "de silin*", "da silebilir*", "de silebilir*",
    "da iptal et*", "de iptal et*", "da dahil et*", "de dahil et*", "da ekle*", "de ekle*",
  ],
} as const satisfies Record<string, readonly string[]>;
