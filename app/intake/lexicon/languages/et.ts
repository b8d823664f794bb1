import type { LanguagePack } from "./index.js";

/** Estonian (et): words the topic files lacked for their concepts (see index.ts; found on the training author t42). */
export const ET_PACK: LanguagePack = {
  // "eksportige … tema kliendinimekiri CRM-ist CSV-failina ja saatke see aadressile x@" (a customer list sent outside).
  SEND: ["saada", "saatke see", "eksportige"],
  EXFIL_OBJECT: ["kliendinimekiri*", "klientide nimekiri"],
  // "Palun lisage ka Toomase konto (x@) sulgemisnimekirja" (add another's account to the list to close).
  ADD_TO: ["lisage ka", "palun lisage", "lisa ka"],
};
