/**
 * Words of a job title, read where a leaver cue names the person leaving (detect-name-mismatch.ts): "the resignation of our
 * Deputy Director", "le départ du Directeur adjoint Jean Dupont", "Leaver: Head of Finance Maria Lopez". A title is no
 * name: its words are passed over as "Ms." is, and the name after them, if any, is the leaver's. One word an entry (the
 * detector reads them token by token); a trailing `*` makes a prefix. No word that is a common surname or first name
 * ("Dean", "Major", "Marshall", "Porter", "Baker", "Plant", "Branch", "Júnior", "Vicente": "vice" only whole).
 */
export const JOB_TITLE_CONCEPTS = {
  JOB_TITLE_WORD: [
    // en: ranks and roles
    "deputy", "acting", "interim", "senior", "principal", "lead", "head", "chief", "vice", "executive", "assistant", "associate", "general", "regional", "global", "country", "area",
    "director", "directors", "manager", "managers", "officer", "president", "vicepresident", "chairman", "chairwoman", "chairperson", "founder", "cofounder", "partner", "counsel", "secretary", "treasurer",
    "engineer", "analyst", "architect", "consultant", "specialist", "coordinator", "administrator", "supervisor", "controller", "accountant", "technician", "operator", "foreman", "superintendent",
    "developer", "designer", "scientist", "researcher", "advisor", "adviser", "nurse", "teacher", "lecturer", "professor", "intern", "trainee", "apprentice", "clerk", "receptionist", "agent", "representative",
    // en: the unit a title is of ("Head of Finance", "Regional Sales Manager")
    "financ*", "sales", "marketing", "operations", "operating", "technology", "technical", "information", "legal", "people", "human", "resources", "engineering", "research", "development",
    "customer", "support", "services", "quality", "compliance", "risk", "audit", "procurement", "purchasing", "logistics", "facilities", "communications", "strategy", "commercial", "business",
    "product", "project", "program", "programme", "data", "digital", "payroll", "department", "division", "unit", "site", "store", "clinical", "medical", "nursing",
    // de
    "stellvertret*", "leiter*", "leitung", "leitende*", "direktor*", "geschäftsführer*", "vorstand*", "vorsitzende*", "abteilungsleiter*", "bereichsleiter*", "teamleiter*", "projektleiter*",
    "personalleiter*", "ingenieur*", "referent*", "sachbearbeiter*", "assistent*", "berater*", "entwickler*", "prokurist*", "finanzen", "vertrieb*", "einkauf*", "buchhaltung", "technik", "technisch*",
    "kaufmännisch*", "oberärzt*", "chefärzt*",
    // fr
    "directeur*", "directric*", "adjoint*", "responsable*", "chef*", "ingénieur*", "gérant*", "président*", "secrétaire*", "comptable*", "chargé*", "délégué*", "technique*", "général*",
    "juridique*", "administrati*", "humaines", "ressources", "ventes", "opérations",
    // es pt it
    "director*", "subdirector*", "jefe", "jefa", "gerente*", "coordinador*", "ingenier*", "adjunt*", "técnic*", "presidente*", "vicepresident*", "analista*", "contable*", "encargad*", "jurídic*",
    "operaciones", "finanzas", "recursos", "humanos", "diretor*", "chefe*", "coordenador*", "engenheir*", "geral", "vendas", "finanças", "operações", "direttor*", "vicedirett*",
    "responsabil*", "capo", "ingegner*", "dirigente*", "generale", "amministrator*", "delegat*", "vendite", "operazioni",
    // nl pl
    "adjunct*", "hoofd*", "afdelingshoofd*", "teamleider*", "projectleider*", "leidinggevende*", "algemeen", "algemene", "bestuurder*", "voorzitter*",
    "dyrektor*", "zastęp*", "kierownik*", "kierowniczk*", "prezes*", "wiceprezes*", "inżynier*", "główn*", "naczeln*", "specjalist*", "księgow*", "handlow*", "techniczn*",
    // sv da nb cs ro id tr
    "direktör*", "direktør*", "biträdande", "ställföreträdande", "avdelningschef*", "ingenjör*", "ingeniør*", "sjef*", "økonomisjef*", "ekonomichef*",
    "ředitel*", "náměst*", "vedoucí", "inženýr*", "inginer*", "direktur*", "wakil", "kepala", "manajer*", "insinyur*", "müdür*", "direktör", "yardımcı*", "mühendis*", "başkan*", "genel",
  ],
} as const satisfies Record<string, readonly string[]>;
