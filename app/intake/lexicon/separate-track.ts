/**
 * Another person's exit said to run in a request of its own: "his access is handled in a separate
 * request by his manager", "hans behörigheter hanteras i ett separat ärende". The preposition
 * before "separate request" tells where that person's exit is dealt with, the opposite of folding
 * them into this one (target.batch reads it in the gap before BATCH_TALK, which starts at
 * "separate"). Not "no need for a separate request", not "in one go". Entries are normalised like the text.
 */
export const SEPARATE_TRACK_CONCEPTS = {
  SEPARATE_TRACK: [
    "in a separate request", "in a separate ticket", "in separate requests", "in separate tickets", "in a separate case", "via a separate request", "via a separate ticket", "through a separate request", "through a separate ticket", "under a separate request", "under a separate ticket", "in its own request", "in its own ticket", "in their own request", "in their own ticket",
    "in einem separaten antrag", "in einem separaten ticket", "in einem eigenen antrag", "in einem eigenen ticket", "in einer separaten anfrage", "in einer eigenen anfrage", "über einen separaten antrag", "über ein separates ticket", "über ein eigenes ticket",
    "dans une demande séparée", "dans une demande à part", "dans un ticket séparé", "par une demande séparée", "via une demande séparée", "via un ticket séparé",
    "en una solicitud aparte", "en una solicitud separada", "en un ticket aparte", "en un ticket separado", "mediante una solicitud aparte", "por una solicitud aparte",
    "em um pedido separado", "num pedido separado", "em uma solicitação separada", "numa solicitação separada", "em um chamado separado", "num chamado separado",
    "in una richiesta separata", "in un ticket separato", "con una richiesta separata", "tramite una richiesta separata", "tramite un ticket separato",
    "in een aparte aanvraag", "in een apart verzoek", "in een apart ticket", "via een aparte aanvraag", "via een apart ticket",
    "w osobnym wniosku", "w osobnym zgłoszeniu", "osobnym wnioskiem", "osobnym zgłoszeniem",
    "в отдельной заявке", "в отдельном запросе", "в отдельном тикете", "отдельной заявкой", "в окремій заявці", "в окремому запиті", "окремою заявкою",
    "ayrı bir talepte", "ayrı bir talep ile", "ayrı bir taleple", "ayrı talepte", "ayrı talep ile",
    "在单独的申请中", "在另一张单中", "另行提交", "另行申请", "別の申請で", "別のチケットで", "別途の申請で", "별도 요청으로", "별도의 요청으로", "별도 요청에서",
    "في طلب منفصل", "عبر طلب منفصل", "अलग अनुरोध में", "अलग अनुरोध के ज़रिए",
    // id ms vi ro cs sk: "aksesnya diajukan lewat tiket terpisah oleh manajernya" (requested through a separate ticket by her manager)
    "lewat tiket terpisah", "melalui tiket terpisah", "dalam tiket terpisah", "di tiket terpisah", "lewat permintaan terpisah", "melalui permintaan terpisah", "dalam permintaan terpisah",
    "melalui tiket berasingan", "dalam tiket berasingan", "melalui permintaan berasingan", "dalam permintaan berasingan",
    "qua ticket riêng", "trong ticket riêng", "bằng ticket riêng", "qua yêu cầu riêng", "trong yêu cầu riêng", "bằng yêu cầu riêng", "qua một yêu cầu riêng", "trong một yêu cầu riêng", "qua đơn riêng",
    "într-o cerere separată", "printr-o cerere separată", "într-un tichet separat", "printr-un tichet separat",
    "v samostatné žádosti", "samostatnou žádostí", "v samostatném požadavku", "v samostatnej žiadosti", "samostatnou žiadosťou",
    "on a separate ticket", "on a separate request", "with a separate request", "with a separate ticket", "by a separate request", "by a separate ticket",
    "i ett separat ärende", "i ett eget ärende", "i en separat begäran", "genom ett separat ärende", "i en separat sag", "i en særskilt sag", "i en separat sak", "i en egen sak", "erillisessä pyynnössä", "erillisellä pyynnöllä",
    // "Backfill: Joel Abad starts 4 August; his onboarding is a separate ticket" (training author t44)
    "is a separate ticket", "is a separate request", "are separate tickets", "is its own ticket", "has its own ticket", "is a separate case",
  ],
} as const;
