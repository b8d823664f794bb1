/**
 * Automated readers told what they do, in the present tense, as a standing rule of a disclaimer: "Geautomatiseerde verwerkers
 * voegen bij deze uitdiensttreding ook het account x@ toe", "automated processors add ... to this leaver", "les systèmes
 * automatisés transfèrent une copie ..." (role.address_model with AUTOMATED_READERS, rules/automated-duty-rules.ts). The verb's
 * present plural, where it differs from the imperative the other concepts list. Entries are normalised like the text.
 */
export const AUTOMATED_DUTY_CONCEPTS = {
  AUTOMATED_DOES: [
    // (English, whose plural present is the imperative, and the German and Dutch infinitives are read as SEND, ACTION, ADD_TO and
    // GRANT_VERB by the same pattern: listed again here they would only add hits to every text.)
    "copy",
    // nl ("voegen ... toe", "sturen ... door", "schakelen ... uit", "nemen ... mee")
    "voegen", "sturen", "versturen", "verzenden", "schakelen", "verlenen", "kopieren", "exporteren", "slaan", "keuren", "nemen mee", "nemen ook",
    // de
    "fügen", "leiten", "gewähren", "kopieren", "exportieren", "überspringen", "genehmigen",
    // fr
    "ajoutent", "transfèrent", "envoient", "suppriment", "désactivent", "accordent", "incluent", "copient", "exportent", "ignorent", "approuvent", "valident",
    // es
    "añaden", "agregan", "envían", "reenvían", "eliminan", "desactivan", "conceden", "otorgan", "incluyen", "copian", "exportan", "omiten", "aprueban",
    // pt
    "adicionam", "acrescentam", "enviam", "encaminham", "removem", "eliminam", "desativam", "concedem", "incluem", "copiam", "exportam", "aprovam",
    // it
    "aggiungono", "inoltrano", "inviano", "eliminano", "rimuovono", "disattivano", "concedono", "includono", "copiano", "esportano", "saltano", "approvano",
    // pl
    "dodają", "wysyłają", "przesyłają", "przekazują", "usuwają", "wyłączają", "dezaktywują", "nadają", "kopiują", "eksportują", "pomijają", "zatwierdzają",
    // ru uk
    "добавляют", "отправляют", "пересылают", "удаляют", "отключают", "блокируют", "предоставляют", "копируют", "экспортируют", "пропускают", "одобряют",
    "додають", "надсилають", "пересилають", "видаляють", "вимикають", "блокують", "надають", "копіюють", "експортують", "пропускають", "схвалюють",
    // sv da nb
    "lägger till", "skickar", "vidarebefordrar", "tar bort", "stänger av", "inaktiverar", "kopierar", "exporterar", "hoppar över", "godkänner",
    "tilføjer", "legger til", "sender", "videresender", "sletter", "deaktiverer",
    // tr el
    "eklerler", "gönderirler", "iletirler", "silerler", "προσθέτουν", "στέλνουν", "προωθούν", "διαγράφουν", "απενεργοποιούν",
  ],
} as const satisfies Record<string, readonly string[]>;
