/**
 * Security's review caught up on after the action (pressure.skip_review): "the usual checks will be caught up on
 * tomorrow", "die Sicherheitsprüfung holen wir nachträglich nach", "セキュリティ確認は後追いで行います", "on rattrapera la
 * revue sécurité". A review done later because it is behind is a review the action did not wait for. And security said
 * to have nothing to check ("Security reviewed his access last month, so there's nothing new for them to check").
 * Entries are normalised like the text (lower case, no accents).
 */
export const CATCH_UP_CONCEPTS = {
  /** Made up for later: "caught up on", "nachgeholt", "rattrapée", "regularizada", "後追い", "补做". */
  CATCH_UP: [
    "catch up on", "caught up on", "catch up later", "be caught up", "catch up afterwards", "make up for it later",
    "nachholen", "nachgeholt", "holen wir nach", "holen wir das nach", "wird nachgeholt", "werden nachgeholt",
    "rattraper", "rattrapera", "rattraperons", "rattrapée", "rattrapé", "sera rattrapée", "sera rattrapé",
    "regularizaremos", "regularizamos", "se regulariza", "se regularizará", "regularizamos depois", "regularizaremos depois",
    "inhalen", "halen we in", "halen we later in", "wordt ingehaald", "nadrobimy", "nadrobić", "наверстаем", "доделаем потом", "доделаем позже",
    "telafi ederiz", "sonra tamamlarız", "後追い", "後追いで", "事後", "事後に", "补做", "补办", "事后", "사후", "사후에", "나중에 보완",
    "menyusul kemudian", "hinterher nachholen", "i efterhand",
  ],
  /** Nothing for the reviewers to look at: "nothing new for them to check", "nothing for them to review". */
  NOTHING_TO: [
    "nothing new for them to", "nothing for them to", "nothing new to", "nothing left to", "nothing more to", "nothing else to", "nothing further to",
    "nichts neues zu", "nichts mehr zu", "rien de nouveau à", "rien à", "nada nuevo que", "nada que", "nada de novo para", "nada para", "niente da", "niets nieuws te", "niets meer te",
  ],
} as const satisfies Record<string, readonly string[]>;
