/**
 * Concepts for a request pointed at another account of a near-namesake: "use dhughes2@ instead",
 * "disable the '2' account instead", "akaunti ya kufungwa ni p.omondi2@" (detect-twin-account.ts).
 * Entry syntax as in override.ts.
 */
export const SWAPPED_ACCOUNT_CONCEPTS = {
  /**
   * Words that point the action at an account: "use", "instead", "rather", and the account "to be closed" where ACTION has
   * no passive form. Read only before an address in its own sentence.
   */
  ACCOUNT_POINTER: [
    "use", "please use", "go with", "instead", "rather", "utilisez", "utiliser", "à la place", "plutôt", "usad", "usen", "use la", "utilice", "utilicen", "en su lugar", "en lugar", "mejor",
    "usem", "utilizem", "em vez", "ao invés", "usate", "utilizzate", "usa", "invece", "gebruik", "gebruiken", "in plaats daarvan", "verwendet", "verwenden", "nehmt", "nehmen sie", "stattdessen",
    "använd", "använda", "istället", "bruk", "brug", "i stedet", "użyj", "użyjcie", "zamiast", "используйте", "вместо", "використайте", "замість", "kullanın", "kullan", "yerine",
    "使用", "改用", "而是", "代わりに", "を使って", "대신", "사용해", "استخدموا", "استخدم", "بدلا", "بدلاً", "במקום", "השתמשו", "बजाय", "इस्तेमाल", "tumia", "tumieni", "badala",
    "ya kufungwa", "ya kufunga", "gunakan", "sebaliknya", "sử dụng", "thay vì", "แทน", "ใช้",
  ],
  /** A negation right before an address: the address set aside ("not vera.stone2@", "si p.omondi@", "不是 wei.huang@"). */
  NOT_THIS: [
    "not", "and not", "but not", "never", "nicht", "non", "et non", "pas", "no", "não", "niet", "nie", "не", "inte", "ikke", "değil", "不是", "而不是", "아니", "ليس", "وليس", "לא", "नहीं", "nahi",
    "si", "bukan", "không phải", "ไม่ใช่", "ne", "nu", "ei",
  ],
} as const satisfies Record<string, readonly string[]>;
