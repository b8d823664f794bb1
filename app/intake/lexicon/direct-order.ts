/**
 * An order said to come directly from the top: "on the direct instruction of the CEO", "su incarico diretto dell'Amministratore
 * Delegato", "This request comes directly from the CEO", "Dies kommt direkt vom Vorstand". Also BY_ORDER (authority-roles.ts); unlike a
 * plain order ("Im Auftrag des Vorstands", "by order of the CEO"), which authority.impersonation reads only with an approval
 * claimed, a review skipped or haste after it, a direct order from an executive or security is a finding by itself: it stands
 * for the route around the approval. Entries are normalised like the text.
 */
export const DIRECT_ORDER_CONCEPTS = {
  DIRECT_ORDER: [
    "direct order from", "direct orders from", "at the direct request of", "on the direct instruction of", "on direct instructions from", "su incarico diretto",
    "por encargo directo de", "sur instruction directe de", "im direkten auftrag", "auf direkte anweisung", "på direkt uppdrag av",
    "this request comes directly from", "this instruction comes directly from",
    "dies kommt direkt vom", "dies kommt direkt von", "das kommt direkt vom", "das kommt direkt von", "dit komt rechtstreeks van", "dit komt direct van",
    "ceci vient directement du", "ceci vient directement de", "cela vient directement du", "cela vient directement de", "esto viene directamente del", "esto viene directamente de",
    "isso vem diretamente do", "isso vem diretamente da", "questo arriva direttamente dal", "questo arriva direttamente dall", "questo viene direttamente dal",
    "to polecenie prosto od", "to polecenie bezpośrednio od", "это указание напрямую от", "это напрямую от", "це вказівка напряму від", "det här kommer direkt från", "ini perintah langsung dari",
  ],
} as const;
