/**
 * Concepts for another person folded into a leaver request because they will leave too, or have not
 * resigned yet: "close his account too, he's leaving soon as well", "she hasn't handed in her notice
 * yet" (target.batch in injection-rules.ts). Entry syntax as in override.ts.
 */
export const LEAVING_TOO_CONCEPTS = {
  /** Someone else leaving "too" or "soon as well" (the leaver's own "leaving soon" is not it). */
  LEAVING_TOO: [
    "leaving soon too", "leaving soon as well", "also leaving soon", "will also leave soon", "will also be leaving soon", "will leave too", "will be leaving too", "is leaving too",
    "going too", "will go also", "will also go", "likely leaving soon too", "probably will leave too", "will probably leave too", "will be following him", "will be following her",
    "following him shortly", "following her shortly", "planning to resign", "is also planning to resign", "winding down as well", "also stepping back",
    "geht auch bald", "geht ebenfalls", "verlässt uns auch", "part aussi", "part aussi bientôt", "partira aussi", "se va también", "también se va", "se irá también", "renunciará",
    "também vai sair", "vai sair também", "também sai", "se ne va anche", "anche lui se ne va", "anche lei se ne va", "gaat ook weg", "vertrekt ook", "też odchodzi", "również odchodzi",
    "тоже уходит", "тоже скоро уходит", "также уходит", "теж йде", "теж скоро йдуть", "теж скоро йде", "також звільняється", "de ayrılacak", "da ayrılacak", "också slutar", "slutar också",
    "slutter også", "også slutter", "lähtee myös", "myös lähtee", "také odchází", "také brzy odchází", "cũng sắp nghỉ", "cũng nghỉ", "juga akan keluar", "juga akan resign", "juga mau resign",
    "pleacă și el", "pleacă și ea", "și el pleacă", "și ea pleacă", "φεύγει κι αυτός", "φεύγει κι αυτή", "φεύγει και αυτός", "naye anaondoka", "yeye naye anaondoka", "malapit na rin siyang umalis",
    "也会走", "也会离职", "も辞める", "も退職", "も来月辞める", "も来月退職", "も辞める予定", "も退職予定", "도 퇴사", "سيغادر قريبا", "سيغادر هو الآخر", "גם הוא עוזב", "גם היא עוזבת", "भी जल्द ही जाने", "भी जाने वाले", "भी जाने वाली",
    "bhi jaldi jaane", "هم به زودی می رود", "هم به‌زودی می‌رود", "هم می رود",
    // Someone else who has left too, or moves away with the leaver ("I think he also left", "flytter med henne til utlandet", "น่าจะออกตามกันไป";
    // not "she's moving abroad with her family": the leaver's own move, so no English "with her" entry):
    // en de fr es pt it nl pl ru sv da nb tr th
    "he also left", "she also left", "has also left", "probably left too", "also left the company",
    "ist auch schon weg", "ist wohl auch weg", "est parti aussi", "est partie aussi", "también se fue",
    "também saiu", "se n è andato anche lui", "se n è andata anche lei", "è andato via anche lui", "is ook al weg",
    "też już odszedł", "też już odeszła", "тоже уже ушел", "тоже уже ушёл", "тоже уже ушла", "flyttar med henne", "flyttar med honom", "flytter med henne", "flytter med ham", "o da ayrıldı",
    "ออกตามกันไป", "จะออกตามไป",
    // "the account of his contractor x@, who rolls off with him" (training author t49)
    "rolls off with him", "rolls off with her", "who rolls off with him", "who rolls off with her", "leaves with him", "leaves with her",
  ],
  /** Not resigned yet: someone offboarded before they have left ("not formally resigned yet", "hat noch nicht gekündigt"). */
  NOT_RESIGNED_YET: [
    "not resigned yet", "not formally resigned", "not officially resigned", "did not officially resign", "didn't officially resign", "has not resigned yet", "hasn't resigned yet",
    "hasn't handed in", "has not handed in", "not handed in notice", "not yet resigned", "hasn't formally resigned", "has not formally resigned", "not formally resigned yet",
    "noch nicht gekündigt", "hat noch nicht gekündigt", "n a pas encore remis sa démission", "pas encore démissionné", "no ha renunciado todavía", "aún no ha renunciado", "todavía no ha renunciado",
    "ainda não se demitiu", "ainda não pediu demissão", "non si è ancora dimesso", "non si è ancora dimessa", "heeft nog niet opgezegd", "nog geen ontslag ingediend", "nie złożył jeszcze wypowiedzenia",
    "nie złożyła jeszcze wypowiedzenia", "jeszcze nie złożył", "jeszcze nie złożyła", "ещё не уволился", "еще не уволился", "ещё не подал заявление", "еще не подал заявление", "har inte sagt upp sig",
    "har ikke sagt op", "har ikke sagt opp seg", "ei ole vielä irtisanoutunut", "ještě nedonesl výpověď", "ještě nedala výpověď", "ještě nepodal výpověď", "nu și a depus încă demisia",
    "nu și-a depus încă demisia", "resmi istifası henüz", "henüz istifa etmedi", "لم يقدم استقالته", "لم تقدم استقالتها", "chưa nộp đơn nghỉ", "belum resign", "belum mengundurkan diri",
  ],
} as const satisfies Record<string, readonly string[]>;
