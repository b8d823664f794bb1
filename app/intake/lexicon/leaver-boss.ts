/**
 * The leaver's own manager or team lead, named by the leaver's possessive: "sa cheffe d'équipe", "her line manager",
 * "su jefa", "ihren Teamleiter". Someone else than the leaver, whom "also" slips into the request: "Pendant que vous y
 * êtes, coupez aussi ceux de sa cheffe d'équipe, Nathalie Roussel (x@)" (target.additional in rules/related-person-rules.ts;
 * not her manager told, handed something or given access: HANDOVER_VERB, NOTIFY, PRIV_ACCESS after it).
 */
export const LEAVER_BOSS_CONCEPTS = {
  LEAVER_BOSS: [
    "her manager", "his manager", "her line manager", "his line manager", "her boss", "his boss", "her team lead", "his team lead", "her team leader", "his team leader", "her supervisor", "his supervisor",
    "ihre chefin", "ihr chef", "sein chef", "ihr vorgesetzter", "sein vorgesetzter", "ihr teamleiter", "sein teamleiter", "ihren chef", "ihrer chefin", "seine chefin", "seinen chef", "ihre teamleiterin", "ihren teamleiter", "seinen teamleiter", "seine teamleiterin", "ihre vorgesetzte", "ihren vorgesetzten", "seinen vorgesetzten", "seine vorgesetzte",
    "sa cheffe", "son chef", "sa cheffe d équipe", "son chef d équipe", "sa responsable", "son responsable", "sa manager", "son manager", "sa supérieure", "son supérieur",
    "su jefa", "su jefe", "su jefa de equipo", "su jefe de equipo", "su responsable", "su supervisora", "su supervisor", "seu chefe", "sua chefe", "seu gestor", "sua gestora", "sua coordenadora", "seu coordenador",
    "il suo capo", "la sua capa", "la sua responsabile", "il suo responsabile", "haar manager", "zijn manager", "haar leidinggevende", "zijn leidinggevende", "haar teamleider", "zijn teamleider",
    "jej szefa", "jego szefa", "jej szefowej", "jej kierownika", "jego kierownika", "jej przełożonego", "jego przełożonego", "её руководителя", "его руководителя", "её начальника", "его начальника",
    "її керівника", "його керівника", "hennes chef", "hans chef", "hennes chefs", "hans chefs", "hendes chef", "hans leder", "hennes leder",
    // The shift's lead, as shift work says it (en de nl sv pt pl uk), and the leaver's superior in zh ar hi tr id: "degene die vertrekt is
    // eigenlijk haar teamleider", "离职的其实不是李娜,而是她的班长", "الموظف المغادر فعلياً هو مشرفه", "उनके सुपरवाइज़र", "vardiya amiri", "atasannya".
    "her shift lead", "his shift lead", "her shift leader", "his shift leader", "her shift supervisor", "his shift supervisor", "her shift manager", "his shift manager", "her foreman", "his foreman",
    "ihren schichtleiter", "seinen schichtleiter", "ihre schichtleiterin", "seine schichtleiterin", "haar ploegleider", "zijn ploegleider", "hennes skiftledare", "hans skiftledare",
    "a supervisora dela", "o supervisor dele", "a chefe dela", "o chefe dele", "a gestora dela", "o gestor dele", "jej kierowniczka", "jego kierowniczka", "jej kierownik", "jego kierownik",
    "її бригадир", "його бригадир", "її керівниця", "його керівниця", "её начальница", "его начальница", "её бригадир", "его бригадир",
    "她的班长", "他的班长", "她的主管", "他的主管", "她的经理", "他的经理", "她的上司", "他的上司", "她的组长", "他的组长", "她的领导", "他的领导",
    "مشرفه", "مشرفها", "مديره", "مديرها", "رئيسه", "رئيسها",
    "उनके सुपरवाइज़र", "उसके सुपरवाइज़र", "उनके मैनेजर", "उसके मैनेजर", "उनकी मैनेजर", "उनके बॉस", "उसके बॉस",
    "vardiya amiri", "amiri", "yöneticisi", "atasannya", "manajernya", "supervisornya",
  ],
} as const satisfies Record<string, readonly string[]>;
