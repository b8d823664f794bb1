import type { LanguagePack } from "./index.js";

/** Spanish (es): words the topic files lacked for their concepts (see index.ts). */
export const ES_PACK: LanguagePack = {
  // Review waived or not required: "no hace falta que lo revisen de nuevo", "no requiere revisión".
  REVIEW: ["revisen", "revisad", "revisarlo", "revisarla", "validaciones"],
  NO_NEED: ["no requiere", "no requieren", "no necesita", "no necesitan"],
  SKIP: ["dispensad", "dispensen", "dispensar", "se salte", "se salten", "saltaos"],
  // Passing secrets to the writer: "pasadme por aquí las contraseñas", "pásame la nueva clave".
  SEND: ["pasadme", "pasame", "pasenme", "me pasan", "me pasáis"],
  // The account just named, pointed back at: "la cuenta de su jefe, x@... Bloquead esa cuenta".
  THAT_ACCOUNT: ["esa cuenta", "esta cuenta", "ese usuario", "esa direccion", "ese buzon"],
};
