/**
 * What follows a Slavic "do" that means "until" (UNTIL in target-people.ts lists "do": Polish, Czech, Slovak, Croatian, Serbian,
 * Slovenian "do piątku", "do pátku", "do petka"): a day, a month, the end of a period, a date or an hour. Anywhere else "do"
 * is English "do" ("do it now") or the Slavic "to" ("wyślij do działu"), and mask-homographs.ts drops its UNTIL hit. A number
 * after "do" ("do 30.11", "do 15:00") counts without an entry. Entries are normalised like the text (no accents).
 */
export const UNTIL_DO_CONCEPTS = {
  UNTIL_DO_NEXT: [
    // pl: days, months (genitive), "the end", "tomorrow", "the day", "the hour", "the time", "further notice"
    "poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli", "jutra", "pojutrza", "końca", "dnia", "godziny", "czasu", "momentu", "odwołania", "wieczora", "rana", "południa",
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    // cs sk: days, months, "the end", "tomorrow", "the time"
    "pondělí", "úterý", "středy", "čtvrtka", "pátku", "neděle", "zítřka", "konce", "doby", "dne", "pondelka", "utorka", "stredy", "štvrtka", "piatku", "nedele", "zajtra", "konca",
    "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince",
    "januára", "februára", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra",
    // hr sr bs sl: days, "the end", "tomorrow"
    "ponedjeljka", "ponedeljka", "srijede", "srede", "četvrtka", "petka", "subote", "nedjelje", "nedelje", "sutra", "kraja", "torka", "sobote", "jutri",
  ],
} as const;
