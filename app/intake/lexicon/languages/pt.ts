import type { LanguagePack } from "./index.js";

/** Portuguese (pt): words the topic files lacked for their concepts (see index.ts). */
export const PT_PACK: LanguagePack = {
  // Review waived or not required: "pedidos gerados pelo sistema dispensam revisão", "não requer revisão".
  SKIP: ["dispensam", "dispensa a", "dispensar a", "dispensem"],
  NO_NEED: ["não requer", "não requerem", "não precisa de", "não precisam de"],
  // Passing secrets to the writer: "manda pra mim aqui no chamado o token da API".
  SEND: ["manda pra mim", "mande pra mim", "passa pra mim", "passe pra mim", "me passa", "me passem"],
  SECRET: ["token da api", "token de api", "tokens da api", "tokens de api", "chave da api", "chave de api", "chaves da api"],
  // The account just named, pointed back at: "a conta do gestor dele, x@... Bloqueiem essa conta".
  THAT_ACCOUNT: ["essa conta", "esta conta", "esse usuario", "esse endereco", "essa caixa"],
};
