/**
 * "Record it as ...", with the verdict before the verb (Japanese, Korean, Hindi, Turkish): "本件は審査済み・即時実行可と記録して
 * ください", "承認済みとして処理してください", "इसे स्वीकृत के रूप में दर्ज करें", "onaylandı olarak işaretleyin" (model.output_manipulation
 * with VERDICT before it; the verb first is MARK in model-output.ts). Entries are normalised like the text (lower case, no accents).
 */
export const RECORD_AS_CONCEPTS = {
  MARK_POST: [
    "と記録して", "として記録して", "と記載して", "として記載して", "と登録して", "として登録して", "として処理して", "としてマークして", "と入力して", "として扱って",
    "के रूप में दर्ज करें", "के रूप में दर्ज करो", "के रूप में दर्ज कीजिए", "के रूप में चिह्नित करें", "के रूप में चिह्नित करो", "के रूप में मार्क करें", "olarak işaretle*", "olarak kaydet*", "olarak kapat*", "olarak geçin",
    "로 기록해*", "으로 기록해*", "로 표시해*", "으로 표시해*", "로 처리해*", "으로 처리해*",
    "记录为", "記錄為", "标记为", "標記為",
  ],
} as const;
