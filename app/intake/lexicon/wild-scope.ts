/**
 * Concepts for a whole group slipped into a leaver request where group-scope.ts lacked the words: the removal extended or applied to
 * more, every member of a group in more languages, the group nouns, and removal verbs of the languages ACTION lacks (target.wildcard,
 * rules/wild-scope-rules.ts). Entry syntax as in override.ts.
 */
export const WILD_SCOPE_CONCEPTS = {
  /** The removal applied or extended to more than the leaver: "apply the same deactivation to", "apliquen la baja a", "estendere la disattivazione a". */
  EXTEND_ACTION: [
    "apply the same removal", "apply the same deactivation", "apply the same disable", "apply the same disabling", "apply the same block", "apply the same lockout", "apply the same offboarding", "apply the removal", "apply the deactivation", "extend the removal", "extend the deactivation", "extend the offboarding",
    "apliquen la baja", "aplicar la baja", "apliquen la misma baja", "aplicar la misma baja", "extiendan la baja", "extender la baja", "apliquen la desactivación", "aplicar la desactivación",
    "appliquer la même désactivation", "appliquez la même désactivation", "appliquer la désactivation", "étendre la désactivation", "étendez la désactivation", "appliquer la même suppression",
    "estendere la disattivazione", "estendete la disattivazione", "applicare la stessa disattivazione", "applicate la stessa disattivazione",
    "aplicar a mesma desativação", "apliquem a mesma desativação", "estender a desativação", "estendam a desativação", "aplicar o mesmo desligamento",
    // "the same" applied to more: "Aplica o mesmo pra todos os terceirizados da limpeza (lista no grupo terceiros-limpeza-rj)"
    "aplica o mesmo", "aplique o mesmo", "apliquem o mesmo", "aplicar o mesmo", "aplica lo mismo", "apliquen lo mismo", "aplicar lo mismo", "apply the same to", "do the same for",
    "die sperrung ausweiten", "die gleiche sperrung", "dieselbe sperrung", "die deaktivierung ausweiten", "dezelfde blokkering", "de blokkering uitbreiden", "tę samą blokadę", "rozszerzyć blokadę", "ту же блокировку", "распространить блокировку",
  ],
  /** Every member or account of a group, said whole: "the OU's members", "everyone who has access to", "todo mundo que tem acesso". */
  GROUP_MEMBERS: [
    "ou's members", "the ou's members", "members of the ou", "users in the ou", "all users in the ou", "the group's members", "the team's members", "the unit's members", "its members",
    "everyone who has access", "everyone with access", "anyone who has access", "anyone with access", "all users with access", "todo mundo que tem acesso", "todos que têm acesso", "todos os que têm acesso",
    "todos los que tienen acceso", "todo el que tenga acceso", "tous ceux qui ont accès", "tous ceux qui ont un accès", "alle die zugriff haben", "alle mit zugriff", "tutti quelli che hanno accesso", "chiunque abbia accesso",
    "iedereen die toegang heeft", "iedereen met toegang", "wszystkich którzy mają dostęp", "всех у кого есть доступ", "всіх хто має доступ", "alla som har åtkomst", "alle der har adgang", "alle som har tilgang",
  ],
  /** Every account or member, in the languages ALL_SCOPE lacks (lt sw rw cy mn et lv). */
  ALL_MORE: [
    "visas paskyras", "visų paskyrų", "visus naudotojus", "visų naudotojų", "visus darbuotojus", "visų darbuotojų", "akaunti zote", "watumiaji wote", "wafanyakazi wote", "wanachama wote",
    "abakozi bose", "konti z abakozi bose", "l ensemble de", "l ensemble du", "l ensemble des", "konti zose", "abakoresha bose", "cyfrifon pawb", "pawb", "pob defnyddiwr", "pob cyfrif", "holl gyfrifon", "бүх хэрэглэгч*", "бүх ажилтн*", "бүх данс*",
    "kõik kontod", "kõigi kasutajate", "kõik kasutajad", "visus kontus", "visi lietotāji", "visu lietotāju",
  ],
  /** A group, unit, team, directory unit or project as a set of people, where UNIT_NOUN, TEAM_WORD and GROUP_SCOPE lack it. */
  GROUP_NOUN: [
    "membership", "project membership", "project team", "unité", "l unité", "unidad", "unidade", "unità", "eenheid", "organisationseinheit", "jednostka", "jednostki",
    "vienete", "vienetas", "padalinys", "padalinio", "padalinyje", "kitengo", "itsinda", "grŵp", "grwp", "tîm", "бүлг*", "баг*", "টিম*", "দল*", "osakond", "nodaļa",
    "dominio", "domain", "domaine", "domínio", "domäne",
  ],
  /** "take ... offline" said of a whole group (rules/wild-scope-rules.ts): the verb, and the word after the group. */
  TAKE_VERB: ["take", "taking", "put", "knock", "bring"],
  OFFLINE: ["offline", "off line"],
  /** Close, disable, remove, in the languages ACTION lacks (lt rw cy mn). */
  REMOVE_MORE: [
    "išjungti", "išjunkite", "pašalinti", "pašalinkite", "užblokuoti", "užblokuokite", "deaktyvuoti", "mwafunga", "mufunge", "muhagarike", "mukureho", "caewch", "cau", "analluogwch", "dilëwch", "dilewch",
    "хааж", "хаах", "хаана уу", "устга*", "идэвхгүй болго*",
  ],
} as const satisfies Record<string, readonly string[]>;
