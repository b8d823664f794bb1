/**
 * The request moved on to someone else, the person named right after (detect-redirected.ts): "this request has been
 * redirected to Tom Berg", "the ticket was reassigned to", "moved over to", "se ha reasignado a", "a été réaffectée à",
 * "foi redirecionado para", "è stata riassegnata a", "is doorgezet naar", "zostało przekierowane na", "переназначили на",
 * "har flyttats över till", "sudah dialihkan ke". Not a hand-over of things ("transferred to", "forwarded to": HANDOVER_VERB,
 * SEND). Entries are normalised like the text (lower case, no accents).
 */
export const REDIRECTED_CONCEPTS = {
  REDIRECTED: [
    "reassigned to", "re assigned to", "redirected to", "rerouted to", "re routed to", "moved over to", "moved to", "switched over to", "switched to", "now belongs to",
    "should now be applied to", "now applies to", "be applied to", "apply it to", "apply everything to", "apply this to", "retargeted to", "changed over to",
    "reasignado a", "reasignada a", "redirigido a", "redirigida a", "reasignadlo a", "cambiado a", "aplicadlo a", "aplicarlo a",
    "reaffecte a", "reaffectee a", "reattribue a", "reattribuee a", "redirige vers", "redirigee vers", "basculee sur", "bascule sur",
    "redirecionado para", "redirecionada para", "reatribuido a", "reatribuida a", "reatribuido para", "reatribuida para", "remanejado para", "passado para",
    "riassegnato a", "riassegnata a", "reindirizzato a", "reindirizzata a", "spostato su", "spostata su",
    "doorgezet naar", "overgezet naar", "omgezet naar", "toegewezen aan",
    "przekierowane na", "przekierowany na", "przekierowana na", "przepiete na", "przeniesione na", "przypisane do",
    "переназначили на", "переназначена на", "переназначен на", "перенаправили на", "перенаправлена на", "перевели на",
    "передали на", "перепризначили на",
    "flyttats over till", "flyttat over till", "flyttades over till", "omdirigerats till", "tilldelats",
    "dialihkan ke", "dipindahkan ke", "dialihkan kepada",
  ],
} as const satisfies Record<string, readonly string[]>;
