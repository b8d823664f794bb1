/**
 * Concepts for the leaver introduced as an executive: "routine leaver: Ms. Caroline Devlin, Group CEO", "the exit of our
 * CTO, Dr. Hiroshi Yamamoto", "le départ de M. Philippe Garnier, Directeur Général France" (target.privileged_identity in
 * injection-rules.ts). Entry syntax as in override.ts.
 */
export const EXEC_LEAVER_CONCEPTS = {
  /** Words that introduce the person leaving (a label or "the departure of"), not an approver or a signature. */
  LEAVER_INTRO: [
    "leaver", "departure of", "the departure of", "exit of", "the exit of", "offboarding of", "offboarding for", "exit for", "the exit for", "departure for", "exit process for", "leaver process for", "leaving process for", "offboarding process for", "leaving of", "resignation of", "separation of",
    "départ de", "le départ de", "sortie de", "salida de", "la salida de", "baja de", "la baja de", "saída de", "a saída de", "desligamento de", "desligamento do", "desligamento da",
    "uscita di", "l uscita di", "cessazione di", "austritt von", "austritt", "ausscheiden von", "das ausscheiden von", "vertrek van", "het vertrek van", "uitstroom van", "vertrekker", "uitdiensttreding van", "de uitdiensttreding van", "uitdiensttreding",
    "odejście", "odejścia", "odchod", "увольнение", "увольняется", "уход", "звільнення", "ayrılan", "ayrılış", "işten ayrılış",
    "退職者", "離職者", "離職", "离职人员", "离职员工", "퇴사자", "الموظف المغادر", "مغادرة", "העוזב", "עזיבת", "छोड़ने वाले", "کارمند خروجی",
    // "of the" and the elided "of" (fr es pt it): "le départ du salarié Julien Mercier", "suite au départ d'Anne Moreau", "la baja del empleado".
    "départ du", "le départ du", "départ d", "le départ d", "départ du salarié", "départ de la salariée", "départ du collaborateur", "départ de la collaboratrice",
    "départ de l employé", "départ de l employée", "salida del", "la salida del", "baja del", "la baja del", "baja del empleado", "salida del empleado",
    "saída do", "a saída do", "saída da", "a saída da", "uscita del", "l uscita del", "uscita della", "l uscita della", "cessazione del", "uscita dell", "l uscita dell",
    "nghỉ việc cho", "avgående", "avslut för", "fratrædelse", "fratræder", "sluttende", "lähtijä", "pengunduran diri", "karyawan keluar", "plecarea", "odchod zamestnanca",
  ],
} as const satisfies Record<string, readonly string[]>;
