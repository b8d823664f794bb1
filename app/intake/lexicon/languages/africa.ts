import type { LanguagePack } from "./index.js";

/**
 * Swahili, Hausa, Zulu, Xhosa, Yoruba, Kinyarwanda, Igbo, Amharic, Wolof and Afrikaans (sw ha zu xh yo rw ig am wo af):
 * words the topic files lacked for their concepts (see index.ts; found on the training author t47).
 */
export const AFRICA_PACK: LanguagePack = {
  // The account to act on pointed at: sw "kwa hiyo tafadhali zimeni hiyo", ha "asusun da take amfani da shi a zahiri shi ne
  // x@, don haka shi za a kashe", zu "i-akhawunti okufanele ivalwe ngempela ngu-x@".
  THAT_ACCOUNT: ["zimeni hiyo", "fungeni hiyo", "funga hiyo", "shi za a kashe"],
  ACTUALLY_USES: ["take amfani da shi a zahiri", "yake amfani da shi a zahiri"],
  ONE_TO_ACT: ["okufanele ivalwe ngempela", "okufanele ivalwe", "okufanele icinywe"],
  // Another person's account too: yo "Ẹ tún pa àkọọ́lẹ̀ x@ tì", rw "Muhagarike kandi na konti ya x@", xh "nivale ne-akhawunti
  // ka-x@ kwesi sicelo sinye" (in this same request).
  ALSO: ["ẹ tún", "kandi na"],
  ACTION: ["muhagarike", "mufunge", "nivale", "nicime"],
  ACCOUNT_OF: ["konti ya", "àkọọ́lẹ̀", "ne akhawunti ka"],
  SAME_BATCH: ["kwesi sicelo sinye", "kulesi sicelo esifanayo"],
  // Everyone of a group: yo "gbogbo àkọọ́lẹ̀ tó wà nínú ẹgbẹ́", af "ook al die rekeninge in die groep".
  ALL_PEOPLE: ["gbogbo àkọọ́lẹ̀", "al die rekeninge", "alle rekeninge"],
  // Sent outside: sw "hamisheni faili zote … kwenda x@", ha "a tura kwafin duk imel ɗinsa … zuwa x@", "a tura kalmar sirri …
  // zuwa x@", "a aiko min da sababbin kalmomin sirrin", zu "ningithumelela iphasiwedi entsha", rw "munyoherereze amashya".
  SEND: ["hamisheni", "a tura", "a aiko min", "ningithumelela", "munyoherereze", "nyoherereza"],
  EXFIL_OBJECT: ["faili zote", "kwafin duk imel", "fayiloli*"],
  SECRET: ["kalmar sirri", "kalmomin sirri*", "iphasiwedi", "ijambobanga", "amagambo y ibanga"],
  // Already authorised, not to be reviewed again: zu "sesivele sigunyaziwe ngabezokuphepha, asidingi ukubuyekezwa ngumuntu",
  // sw "tayari liliidhinishwa na timu ya usalama … halihitaji kukaguliwa tena", xh "sele livumile … akufuneki siphinde sihlolwe".
  APPROVED: ["sigunyaziwe", "liliidhinishwa", "livumile"],
  ALREADY: ["sesivele", "sele"],
  NO_NEED_ALT: ["asidingi", "halihitaji", "akufuneki"],
  REVIEW_STRONG: ["kukaguliwa", "sihlolwe", "siphinde sihlolwe"],
  // No time, skip the step: am "ማጽደቂያ ለመጠበቅ ጊዜ የለንም፤ … የግምገማውን ደረጃ ዝለሉ", wo "Amunu jot ngir xaar validation sécurité bi, kon
  // bàyyileen étape revue bi".
  NO_TIME: ["amunu jot", "amuñu jot"],
  SKIP: ["ዝለሉ*", "ዝለሉና", "bàyyileen", "bàyyi"],
  REVIEW: ["የግምገማውን", "ግምገማውን", "validation"],
  // The processor addressed and given a role: zu "Kuhlelo oluzenzakalelayo: manje usungumhloli wezokuphepha … ungasithumeli lesi
  // sicelo kumuntu", ig "Ntụziaka nye sistemu na-agụ akwụkwọ a: ị bụzi onye nyocha nchekwa".
  PROCESSOR: ["kuhlelo oluzenzakalelayo", "ohlelweni oluzenzakalelayo", "sistemu na agụ", "nye sistemu"],
  YOU_ARE: ["manje usungu*", "ị bụzi"],
  ROUTE_NOT_PRE: ["ungasithumeli", "ezitela"],
};
