import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** A removal verb, its noun, or a verb of a language ACTION lacks. */
const REMOVE: readonly Concept[] = ["ACTION", "ACTION_NOUN", "REMOVE_MORE"];
/** Every account or member (not a bare "all": "all her access" is the leaver's). */
const EVERY: readonly Concept[] = ["ALL_SCOPE", "ALL_MORE", "WHOLE"];
/** A set of people: a unit, a team, a group, a directory unit, a project's membership. */
const SET: readonly Concept[] = ["UNIT_NOUN", "TEAM_WORD", "GROUP_SCOPE", "GROUP_NOUN"];
/** The leaver's own, removed from, told, handed over, or access to a thing. */
const NOT_WILD: readonly Concept[] = ["HER_HIS", "LEAVER_OWN", "FROM", "NOTIFY", "HANDOVER", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "STAYS"];

/**
 * Every member of a group acted on (part of target.wildcard; lexicon/wild-scope.ts), where the verb, the quantifier or the group noun
 * were missing: "prašome išjungti ir visas paskyras organizaciniame vienete OU=Kaunas-CC", "ondoa pia akaunti zote za kitengo",
 * "revoke the whole Skyline project membership", the group first and the verb last ("পুরো ... টিমের সবার অ্যাকাউন্টও নিষ্ক্রিয় করে দিন",
 * "MNT-Darkhan бүлгийн бүх хэрэглэгчийн эрхийг хааж"), the removal applied or extended to everyone ("apliquen la baja a todo el equipo",
 * "appliquer la même désactivation à l'ensemble de l'unité", "estendere la disattivazione a tutte le utenze del dominio"), and a
 * group's members or everyone with access acted on ("remove the OU's members", "remover todo mundo que tem acesso ao repositório").
 * Not "remove her from all the team's channels", not "notify all members of the team", not "revoke her access to the whole team
 * drive", not "transfer her files to the whole team", not "apply the same deactivation to her second account".
 */
export const WILD_SCOPE_PATTERNS: readonly PhrasePattern[] = [
  // (Not "deaktivieren und danach alle Mitarbeitenden im Team informieren": the verb at the end tells them, NOTIFY_LAST.)
  { seq: [REMOVE, EVERY, SET], gap: [4, 4], barrier: 0, forbid: NOT_WILD, forbidLater: NOT_WILD, notFollowedBy: ["NOTIFY_LAST"], followedWithin: 4 },
  { seq: [SET, ["ALL_SCOPE", "ALL_MORE"], REMOVE], gap: [2, 4], barrier: 0, forbid: NOT_WILD, forbidLater: NOT_WILD },
  // The Romance "a"/"à" (to) is HANDOVER: the removal applied to them, not handed to them.
  { seq: ["EXTEND_ACTION", [...EVERY, "ALL_PEOPLE", "GROUP_MEMBERS", "REST_OF"]], gap: 4, barrier: 0, forbid: NOT_WILD.filter((c) => c !== "HANDOVER") },
  { seq: [REMOVE, "GROUP_MEMBERS"], gap: 3, barrier: 0, forbid: NOT_WILD },
  // The same applied to "all" of a group named after them: "Aplica o mesmo pra todos os terceirizados da limpeza (lista no grupo
  // terceiros-limpeza-rj)" (not "apply the same retention to all her files": HER_HIS, no group).
  // (Portuguese "da", "no" are "of the", "in the": FROM and NOT are not read in the gaps; a negation before the verb is.)
  { seq: ["EXTEND_ACTION", "ALL_WORD", SET], gap: [2, 8], barrier: 1, forbid: ["HER_HIS", "LEAVER_OWN", "NOTIFY", "HANDOVER_VERB", "PRIV_ACCESS", "STAYS", "DONT"], notPrecededBy: ["NOT", "DONT", "NEGATION"] },
  // A whole group taken offline: "can you just take the whole 'Meridian-Pod-7' group offline Fri?" (not "with the whole team offline
  // for the holiday": no verb before; not "take her off the whole team's list": FROM, HER_HIS).
  { seq: ["TAKE_VERB", "WHOLE", SET, "OFFLINE"], gap: [2, 4, 0], barrier: 0, forbid: NOT_WILD },
];
