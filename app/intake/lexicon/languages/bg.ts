import type { LanguagePack } from "./index.js";

/** Bulgarian (bg): words the topic files lacked for their concepts (see index.ts; found on the training author t45). */
export const BG_PACK: LanguagePack = {
  // "моля деактивирайте този адрес" (that address after another's), "деактивирайте също и споделената пощенска кутия finance@".
  THAT_ACCOUNT: ["този адрес", "този акаунт", "тази сметка"],
  ALSO: ["също и"],
  SHARED_MAILBOX: ["споделената пощенска кутия", "споделена пощенска кутия", "общата пощенска кутия"],
};
