import type { LanguagePack } from "./index.js";

/** Wolof (wo): words the topic files lacked for their concepts (see index.ts). French loans ("compte", "équipe") are written as in the text. */
export const WO_PACK: LanguagePack = {
  // Removed, the imperative and the plural imperative: "Dindileen itam compte bu ibrahima.sow@…" (remove also the account of …).
  ACTION: ["dindi", "dindil", "dindileen", "dindi leen"],
  // "itam": also, too ("Dindileen itam compte bu …").
  ALSO: ["itam"],
  // The account of someone: "compte bu ibrahima.sow@…".
  ACCOUNT_OF: ["compte bu", "comptes bu"],
  // Everyone's accounts: "compte yépp yu équipe magasin bu Plateau" (all the accounts of the Plateau store team).
  ALL_SCOPE: ["compte yepp", "comptes yepp", "yepp yu equipe"],
  ALL_PEOPLE: ["nepp", "ku nekk"],
};
