/**
 * The leaver's own manager or team lead, named by the leaver's possessive: "sa cheffe d'équipe", "her line manager",
 * "su jefa", "ihren Teamleiter". Someone else than the leaver, whom "also" slips into the request: "Pendant que vous y
 * êtes, coupez aussi ceux de sa cheffe d'équipe, Nathalie Roussel (x@)" (target.additional in rules/target-rules.ts;
 * not her manager told, handed something or given access: HANDOVER_VERB, NOTIFY, PRIV_ACCESS after it).
 */
export const LEAVER_BOSS_CONCEPTS = {
  LEAVER_BOSS: [
    "her manager", "his manager", "her line manager", "his line manager", "her boss", "his boss", "her team lead", "his team lead", "her team leader", "his team leader", "her supervisor", "his supervisor",
    "ihre chefin", "ihren chef", "ihrer chefin", "seine chefin", "seinen chef", "ihre teamleiterin", "ihren teamleiter", "seinen teamleiter", "seine teamleiterin", "ihre vorgesetzte", "ihren vorgesetzten", "seinen vorgesetzten", "seine vorgesetzte",
    "sa cheffe", "son chef", "sa cheffe d équipe", "son chef d équipe", "sa responsable", "son responsable", "sa manager", "son manager", "sa supérieure", "son supérieur",
    "su jefa", "su jefe", "su jefa de equipo", "su jefe de equipo", "su responsable", "su supervisora", "su supervisor", "seu chefe", "sua chefe", "seu gestor", "sua gestora", "sua coordenadora", "seu coordenador",
    "il suo capo", "la sua capa", "la sua responsabile", "il suo responsabile", "haar manager", "zijn manager", "haar leidinggevende", "zijn leidinggevende", "haar teamleider", "zijn teamleider",
    "jej szefa", "jego szefa", "jej szefowej", "jej kierownika", "jego kierownika", "jej przełożonego", "jego przełożonego", "её руководителя", "его руководителя", "её начальника", "его начальника",
    "її керівника", "його керівника", "hennes chef", "hans chef", "hennes chefs", "hans chefs", "hendes chef", "hans leder", "hennes leder",
  ],
} as const satisfies Record<string, readonly string[]>;
