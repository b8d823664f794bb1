/**
 * Security left to look at the request after the fact: "better to close it now and security can look at it afterwards if
 * they want", "que seguridad lo mire a posteriori si quiere", "die Security kann sich das nachträglich ansehen"
 * (pressure.skip_review: SECURITY, LOOK_AT, AFTER_THE_FACT; not "once security has looked at it", not "security will look at it
 * later today": a plain "later" is no after-the-fact). Entries are normalised like the text.
 */
export const AFTER_THE_FACT_CONCEPTS = {
  LOOK_AT: [
    "look at it", "look at this", "looks at it", "have a look", "take a look", "check it", "checks it", "review it", "reviews it", "go over it", "look over it", "look it over",
    // es fr de pt it nl pl sv tr
    "lo mire", "lo miren", "lo revise", "lo revisen", "lo vea", "lo vean", "le eche un vistazo", "le echen un vistazo", "echarle un vistazo",
    "y jette un œil", "y jettent un œil", "y jeter un œil", "le regarde", "le regardent", "le vérifie", "le vérifient", "la regarde", "la vérifie", "le regarder", "le vérifier", "y jettera un œil", "y jetteront un œil", "le regardera", "le vérifiera",
    "schaut sich das", "schauen sich das", "drüberschauen", "drüberschaut", "drüber schauen", "prüft das", "prüfen das", "sich das ansehen", "sich das anschauen", "anschauen", "ansehen",
    "olhe", "olhem", "veja", "vejam", "dá uma olhada", "dar uma olhada", "lo guardi", "lo guardino", "lo controlli", "lo controllino", "dia un occhiata", "diano un occhiata", "darci un occhiata",
    "kijkt ernaar", "kijken ernaar", "ernaar kijken", "naar kijken", "bekijkt het", "bekijken het", "przejrzy", "przejrzą", "sprawdzi", "sprawdzą", "zerknie", "zerkną",
    "tittar på det", "kollar på det", "granskar det", "baksın", "baksınlar", "incelesin", "incelesinler",
    // "process this immediately and let Security know afterwards" (training author t50)
    "know",
  ],
  AFTER_THE_FACT: [
    "afterwards", "after the fact", "retroactively", "retrospectively", "a posteriori", "posteriormente", "después si quiere", "después si quieren", "après coup", "ensuite s ils veulent",
    "nachträglich", "im nachhinein", "hinterher", "depois se quiser", "depois se quiserem", "in seguito", "dopo se vuole", "dopo se vogliono", "achteraf", "naderhand",
    "później jeśli chcą", "po fakcie", "i efterhand", "sonradan",
  ],
} as const;
