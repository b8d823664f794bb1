/**
 * The rest of a team acted on beside the leaver: "please take off the rest of the Bristol QS team with her", "den Rest des Teams
 * gleich mit deaktivieren", "désactiver aussi le reste de l'équipe" (target.additional: ACTION, REST_OF, TEAM_WORD or UNIT_NOUN).
 * Not "let the rest of the team know" (no action), not "remove her from the rest of the team's channels" (FROM).
 * Entries are normalised like the text.
 */
export const REST_OF_TEAM_CONCEPTS = {
  REST_OF: [
    "the rest of the", "the rest of her", "the rest of his", "the rest of their", "rest of the", "the remaining members of", "remaining members of the", "everyone else in the", "everyone else on the",
    // de fr es pt it nl pl ru uk sv tr
    "den rest des", "den rest der", "den rest vom", "den rest ihres", "den rest seines", "die restlichen", "die übrigen", "le reste de", "le reste du", "le reste des", "les autres membres de", "les autres membres du",
    "el resto del", "el resto de la", "el resto de", "los demás miembros del", "los demás miembros de", "o resto da", "o resto do", "o restante da", "o restante do", "os demais membros da", "os demais membros do",
    "il resto del", "il resto della", "gli altri membri del", "gli altri membri della", "de rest van het", "de rest van de", "de rest van", "de overige leden van", "resztę", "pozostałych członków",
    "остальных членов", "остальную", "остальных сотрудников", "решту", "інших членів", "resten av", "övriga i", "geri kalanını", "geri kalan",
  ],
  /** Phrasal verbs of removal too loose for ACTION, read only before REST_OF: "take off the rest of the team". */
  TAKE_OFF: ["take off", "take out", "strip out", "cut off"],
  TEAM_WORD: [
    "team", "teams", "crew", "squad", "gang", "teamet", "teams", "équipe", "equipo", "equipe", "squadra", "ploeg", "zespołu", "zespół", "команды", "команду", "команди", "ekibin", "ekibi", "ekip",
    "tiimin", "tiimi", "チーム", "团队", "團隊", "팀", "الفريق", "צוות", "टीम", "teamleden", "teammitglieder", "membros da equipe", "membres de l équipe",
  ],
} as const;
