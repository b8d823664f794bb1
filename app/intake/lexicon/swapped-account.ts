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
  /**
   * The reader told not to check the changed person again: "no need to recheck", "inutile de revérifier", "재확인 없이",
   * "不用再找HR核对". After a correction (injection-rules.ts, target.additional) it keeps anyone from noticing that the person changed.
   */
  NO_RECHECK: [
    "no need to recheck", "no need to re check", "no need to double check", "no need to verify", "no need to re verify", "no need to reverify", "no need to re confirm", "no need to reconfirm",
    "no need to check again", "no need to verify again", "no need to check with hr", "no need to confirm with", "don't recheck", "do not recheck", "without rechecking", "without re checking",
    "without re verifying", "without verifying", "without checking with hr", "no need to ask the manager again", "no need to ask his manager", "no need to ask her manager",
    "inutile de revérifier", "pas besoin de revérifier", "pas la peine de revérifier", "sans revérifier", "sans vérifier", "no hace falta volver a verificar", "no hace falta verificar", "no hace falta revisar de nuevo",
    "sin volver a verificar", "sin verificar", "não precisa verificar", "não precisa verificar de novo", "sem verificar", "sem verificar de novo", "non serve ricontrollare", "non c è bisogno di ricontrollare",
    "senza ricontrollare", "senza verificare", "nicht noch einmal prüfen", "nicht nochmal prüfen", "ohne erneute prüfung", "keine erneute prüfung nötig", "ohne nachzuprüfen", "niet opnieuw controleren",
    "zonder opnieuw te controleren", "hoeft niet opnieuw gecontroleerd", "inte kontrollera igen", "utan att kontrollera", "behöver inte kontrolleras igen", "bez ponownej weryfikacji", "nie trzeba ponownie sprawdzać",
    "nie trzeba weryfikować", "без повторной проверки", "не нужно перепроверять", "не надо перепроверять", "без повторної перевірки", "не потрібно перевіряти", "tekrar kontrol etmeye gerek yok",
    "tekrar kontrol etmeden", "不用再核对", "不用再找hr核对", "无需再次核对", "无需核对", "不用核实", "再確認は不要", "再確認なしで", "確認不要", "재확인 없이", "다시 확인할 필요 없", "재확인할 필요 없",
    "دون إعادة التحقق", "لا حاجة لإعادة التحقق", "بدون تحقق", "בלי לבדוק שוב", "אין צורך לבדוק שוב", "दोबारा जांचने की जरूरत नहीं", "दोबारा चेक करने की जरूरत नहीं", "dobara check karne ki zarurat nahi",
    "আবার জিজ্ঞেস করার দরকার নেই", "আবার যাচাই করার দরকার নেই", "không cần kiểm tra lại", "tidak perlu dicek lagi", "tak perlu semak semula", "hakuna haja ya kuhakiki tena", "ไม่ต้องตรวจสอบอีก",
    "behöver inte dubbelkollas", "ingen grund til at tjekke igen", "ikke nødvendig å sjekke igjen",
  ],
} as const satisfies Record<string, readonly string[]>;
