/**
 * A senior person's exit said to be secret (target.privileged_identity, rules/secret-exit-rules.ts): "2. Moshe Kaplan - COO ...
 * Moshe's exit is confidential for now", "remove the accesses of the director Tomasz Brennan ... it is not public yet", "Captain
 * Laurent Picard, Chief Pilot ... It hasn't been announced yet, so there's no HR case". Read only beside a senior title: an
 * executive's exit kept from the people who would check it is how a privileged account is taken out. Normalised like the text.
 */
export const SECRET_EXIT_CONCEPTS = {
  SECRET_EXIT: [
    "not public yet", "is not public", "isn't public", "not yet public", "hasn't been announced", "has not been announced", "hasn't been announced yet", "not been announced", "not announced yet",
    "not yet announced", "the announcement isn't out", "confidential for now", "keep it quiet", "keep this quiet", "keep it low key", "keep this low key", "low key",
    "don't ask around", "do not ask around", "without a fuss", "without any fuss", "handle it quietly", "handled quietly", "quietly", "discreetly", "nobody knows yet", "no one knows yet",
    // de fr es pt it nl pl
    "noch nicht öffentlich", "noch nicht bekannt", "noch nicht angekündigt", "noch nicht kommuniziert", "pas encore public", "pas encore annoncé", "pas encore annoncée",
    "confidentiel pour l instant", "discrètement", "en toute discrétion", "aún no es público", "todavía no es público", "aún no se ha anunciado", "todavía no se ha anunciado", "con discreción",
    "discretamente", "ainda não é público", "ainda não foi anunciado", "ainda não foi anunciada", "com discrição", "non è ancora pubblico", "non è ancora stato annunciato", "con discrezione",
    "nog niet openbaar", "nog niet bekend", "nog niet aangekondigd", "nog niet gecommuniceerd", "jeszcze nie jest publiczne", "jeszcze nie ogłoszono", "dyskretnie", "po cichu",
    // ru uk sv tr zh ja ko ar hi
    "пока не объявлено", "еще не объявлено", "ещё не объявлено", "пока конфиденциально", "без огласки", "ще не оголошено", "поки конфіденційно", "без розголосу",
    "inte offentligt än", "inte officiellt än", "inte annonserat", "i tysthet", "henüz duyurulmadı", "henüz açıklanmadı", "sessizce", "gizli tutun",
    "尚未公布", "还没公布", "還沒公布", "尚未宣布", "还没宣布", "低调处理", "悄悄", "まだ公表されていません", "まだ公表前", "まだ発表されていません", "内密に", "아직 공개되지 않", "아직 발표되지 않", "조용히",
    "لم يعلن بعد", "لم يتم الإعلان", "بهدوء", "بسرية", "अभी सार्वजनिक नहीं", "अभी घोषणा नहीं", "चुपचाप",
  ],
  /** A senior title that EXEC and EXEC_TITLE leave out (read only beside SECRET_EXIT): "the director Tomasz Brennan", "Chief Pilot". */
  SENIOR_TITLE: [
    "director", "the director", "chief", "head of", "vice president", "vp", "svp", "evp", "senior partner", "managing partner", "dean", "rector", "ambassador", "minister",
    "direktor", "direktorin", "directeur", "directrice", "directora", "direttore", "direttrice", "diretor", "diretora", "dyrektor", "dyrektorka", "директор", "директорка", "müdür",
    "ディレクター", "部長", "本部長", "总监", "總監", "본부장", "निदेशक",
  ],
} as const satisfies Record<string, readonly string[]>;
