/**
 * Gone through already, in a past or perfect form: "Security already went through his access in
 * Tuesday's stand-up", "Le dossier a été passé en revue ... avec l'équipe sécurité", "Timu ya
 * usalama ilishalipitia jina lake" (authority.prior_approval reads it beside SECURITY: a review
 * claimed as done, so the reader sends nothing to it). Only forms that say it happened: "will go
 * through", "faire passer en revue", "wordt bekeken" (being looked at) are not entries.
 * Entries are normalised like the text (lower case, no accents).
 */
export const PRIOR_REVIEW_CONCEPTS = {
  REVIEWED_THROUGH: [
    "went through", "gone through", "been through", "went over", "gone over", "looked through", "looked over", "combed through",
    // walked through what the request is about (not "walked through the site with me": a site visit)
    "walked through his access", "walked through her access", "walked through their access", "walked through his accounts", "walked through her accounts",
    "walked through his permissions", "walked through her permissions", "walked through the request", "walked through this request", "walked through the ticket",
    "walked me through his access", "walked me through her access", "walked us through his access", "walked us through her access",
    // Put before security already, past tense only: "I ran this past Kwame in Security at Tuesday's stand-up" (not "I'll run it past security").
    "ran this past", "ran it past", "ran that past", "ran this by", "ran it by", "ran that by", "ran the request past", "ran the request by", "have run this past", "have run it past", "already run it past",
    "lo consulté con", "lo he consultado con", "ya lo consulté con", "já consultei", "já passei isso pelo", "je l ai fait valider par", "l ho già fatto vedere a",
    // de fr es pt it nl pl ru uk sv tr
    "durchgegangen", "durchgesehen", "drübergeschaut", "drüber geschaut", "été passé en revue", "été passée en revue", "été passés en revue", "a passé en revue", "ont passé en revue",
    "déjà passé en revue", "revisaron", "repasaron", "ya revisó", "ya repasó", "ha revisado", "han revisado", "han repasado", "revisou", "revisaram", "repassou", "repassaram",
    "ha esaminato", "hanno esaminato", "ha visionato", "hanno visionato", "hanno rivisto", "passato in rassegna", "passata in rassegna", "doorgenomen", "doorgelopen",
    "przejrzał", "przejrzała", "przejrzeli", "przejrzały", "просмотрели", "просмотрел", "просмотрела", "переглянули", "переглянув", "переглянула", "gått igenom", "gick igenom",
    "gözden geçirdi", "gözden geçirmişti", "gözden geçirdiler", "inceledi", "incelemişti",
    // zh ja ko ar hi id sw
    "已经看过", "已看过", "过目了", "已过目", "目を通しました", "目を通した", "目を通してい", "살펴봤", "살펴보았", "검토했", "اطلعوا على", "اطلع على", "سبق أن راجع", "قد راجعوا",
    "देख चुकी है", "देख चुके हैं", "देख चुका है", "sudah meninjau", "telah meninjau", "sudah memeriksa", "ilishalipitia", "ilishaipitia", "ilishapitia", "imeshalipitia", "imeshapitia",
    "wameshalipitia", "wameshapitia", "walishalipitia", "walishapitia",
    // seen it already (en es fr de pt it): 'ya lo vio Seguridad por teléfono'
    "already saw it", "already seen it", "ya lo vio", "ya lo vieron", "ya lo ha visto", "ya lo han visto", "l a déjà vu", "l ont déjà vu", "hat es schon gesehen", "haben es schon gesehen", "já o viu", "já viu", "já viram", "l ha già visto", "l hanno già visto",
  ],
} as const;
