import type { LanguagePack } from "./index.js";

/** Danish (da): words the topic files lacked for their concepts (see index.ts; found on the training author t17). */
export const DA_PACK: LanguagePack = {
  // "Tag lige Sofie Lunds konto (sofie.lund@...) med i samme omgang" (someone else taken along in the same round).
  ADD_TO: ["tag lige", "tag også", "tilføj", "tilføj venligst"],
  SAME_BATCH: ["i samme omgang", "med i samme omgang", "i samme runde", "i samme ombæring", "i samme sag"],
  // "IT-sikkerhedschefen har gennemgået sagen".
  REVIEWED_THROUGH: ["har gennemgået", "gennemgik", "har kigget igennem", "har været igennem", "har gået igennem"],
  // "Vi har ikke tid til den sædvanlige godkendelsesrunde".
  NO_TIME: ["har ikke tid til", "ikke tid til", "når ikke"],
  IMMEDIATE: ["med det samme", "straks"],
  PAPERWORK: ["papirerne", "papirarbejdet"],
  ALL_PEOPLE: ["alle medlemmer", "alle medlemmerne", "alle i gruppen", "alle i teamet"],
  WRONG_PERSON: ["forkert adresse", "forkert e mailadresse", "forkert mailadresse", "forkert konto"],
  RIGHT_ADDRESS: ["den rigtige adresse", "korrekte adresse", "rigtige e mailadresse", "den rigtige konto", "den korrekte konto"],
  // "alle medlemmer af AD-gruppen ..." (everyone in a group: target.wildcard).
  ALL_SCOPE: ["alle medlemmer", "alle medlemmerne", "alle brugerne i"],
  // "Giv besked til alle medlemmer af gruppen ..." (told, not acted on: the notice's last two words before the people).
  NOTIFY: ["besked til", "meddelelse til"],
  // The review skipped with the split verb around it: "Spring godkendelsen over, vi tager den formelle del bagefter" (training
  // author t30); one phrase each, as "spring" alone is an English word.
  WITHOUT_REVIEW: [
    "spring godkendelsen over", "spring godkendelse over", "spring godkendelsesrunden over", "spring sikkerhedsgodkendelsen over", "spring kontrollen over",
    "spring sikkerhedstjekket over", "spring sikkerhedskontrollen over", "spring gennemgangen over", "spring sikkerhedsgennemgangen over", "spring risikovurderingen over",
    "springe godkendelsen over", "springe kontrollen over", "springe gennemgangen over", "springer godkendelsen over",
  ],
  // ("skal ikke sendes til sikkerhedskontrol", must not be sent to review, is read by the Norwegian pack's NEGATION and
  // SEND_TO_REVIEW, spelled alike: packs apply to every text.)
  BATCH_TALK: ["i samme sag", "i samme omgang"],
  // Training author t42: "så det er den konto, der skal lukkes" (the address just named made the one to act on).
  ONE_TO_ACT: ["det er den konto der skal lukkes", "er den konto der skal lukkes", "den konto der skal lukkes", "der skal lukkes", "som skal lukkes", "der skal spærres", "som skal spærres", "der skal deaktiveres"],
};
