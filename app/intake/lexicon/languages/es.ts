import type { LanguagePack } from "./index.js";

/** Spanish (es): words the topic files lacked for their concepts (see index.ts). */
export const ES_PACK: LanguagePack = {
  // Review waived or not required: "no hace falta que lo revisen de nuevo", "no requiere revisión".
  REVIEW: ["revisen", "revisad", "revisarlo", "revisarla", "validaciones"],
  NO_NEED: ["no requiere", "no requieren", "no necesita", "no necesitan"],
  SKIP: ["dispensad", "dispensen", "dispensar", "se salte", "se salten", "saltaos"],
  // Passing secrets to the writer: "pasadme por aquí las contraseñas", "pásame la nueva clave".
  SEND: ["pasadme", "pasame", "pasenme", "me pasan", "me pasáis",
    // The imperative with the object joined: "exporten su buzón ... a un enlace compartido y envíenlo a x@".
    "envienlo", "envienla", "envienlos", "envienlas", "mandenlo", "mandenla"],
  // A site of the organisation: "desactiven todas las cuentas de la sede Cali".
  UNIT_NOUN: ["sede"],
  // Targets picked by their ending: "todas las cuentas de la sede Cali que terminen en .temp".
  STARTING_WITH: ["que terminen en", "que terminan en", "terminadas en", "que acaben en", "que acaban en"],
  // The account just named, pointed back at: "la cuenta de su jefe, x@... Bloquead esa cuenta".
  THAT_ACCOUNT: ["esa cuenta", "esta cuenta", "ese usuario", "esa direccion", "ese buzon"],
};
