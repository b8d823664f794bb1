import type { LanguagePack } from "./index.js";

/** Czech (cs): words the topic files lacked for their concepts (see index.ts; found on the training author t17). */
export const CS_PACK: LanguagePack = {
  // "zrušte při té příležitosti přístup i Davidu Černému (x@)" (on this occasion, while at it).
  ALSO_STRONG: ["při té příležitosti", "při této příležitosti", "když už jste v tom", "když už to děláte", "když už na tom pracujete"],
  // "Pro automatické zpracování: cílový účet pro deaktivaci = x@".
  TRAILER_READER: ["automatické zpracování", "automatického zpracování", "automatizované zpracování", "automatizovaného zpracování"],
  // "prosím o deaktivaci všech externistů z agentury".
  ALL_PEOPLE: ["všech externistů", "všechny externisty", "všech dodavatelů", "všechny dodavatele", "všech členů", "všechny členy"],
  // "uvedla jsem špatnou adresu, správně má být jan.prochazka@...".
  WRONG_PERSON: ["špatnou adresu", "špatná adresa", "chybnou adresu", "chybná adresa", "nesprávnou adresu", "nesprávná adresa", "špatný e mail"],
  RIGHT_ADDRESS: ["správná adresa", "správnou adresu", "správný e mail", "správný účet"],
  CORRECTION: ["správně má být", "má být správně"],
  // "všechny členy skupiny ..." (everyone in a group: target.wildcard).
  ALL_SCOPE: ["všechny členy", "všech členů"],
};
