/**
 * In the same batch or round as the leaver: "Nhờ khóa luôn tài khoản của anh Trần Văn Hùng (x@) cùng đợt này cho tiện",
 * "disable the account of Tom Berg (x@) in the same batch" (target.additional, after an action on someone's account; not
 * "close her account and her VPN in one go": hers). Entries are normalised like the text.
 */
export const SAME_BATCH_CONCEPTS = {
  SAME_BATCH: [
    "in the same batch", "in this same batch", "same batch", "in the same round", "in the same go", "in one go",
    "im selben durchgang", "im gleichen durchgang", "im selben rutsch", "in einem rutsch", "dans le même lot", "dans la même vague", "dans la foulée",
    "en el mismo lote", "en la misma tanda", "de una vez", "no mesmo lote", "na mesma leva", "de uma vez", "nello stesso lotto", "in un colpo solo",
    "in dezelfde batch", "in dezelfde ronde", "in één keer", "w tej samej partii", "za jednym zamachem", "за один раз", "в той же партии", "одним заходом", "в тій самій партії",
    "aynı partide", "aynı seferde", "tek seferde", "i samma omgång", "i samma veva", "同じバッチで", "一緒に処理", "同一批", "一并", "一併", "같은 배치로", "한꺼번에",
    "في نفس الدفعة", "دفعة واحدة", "एक ही बैच में", "एक साथ",
    "cùng đợt này", "cùng đợt", "trong cùng đợt", "cùng lượt", "sa parehong batch", "nang sabay-sabay", "katika awamu hiyo hiyo", "dalam batch yang sama", "sekaligus",
  ],
} as const satisfies Record<string, readonly string[]>;
