import type { LanguagePack } from "./index.js";

/** Norwegian Bokmål (nb): words the topic files lacked for their concepts (see index.ts; found on the training author t17). */
export const NB_PACK: LanguagePack = {
  // "IT-sikkerhetssjefen vår har gått gjennom saken og sier at denne ikke trenger ekstra gjennomgang".
  REVIEWED_THROUGH: ["har gått gjennom", "har gått igjennom", "gikk gjennom", "gikk igjennom", "har sett gjennom", "har gjennomgått", "gjennomgikk"],
  // "Vi har ikke tid til den vanlige godkjenningsrunden".
  NO_TIME: ["har ikke tid til", "ikke tid til", "rekker ikke"],
  // "så dere må bare stenge alt med en gang, så ordner vi papirene i etterkant".
  IMMEDIATE: ["med en gang", "straks"],
  PAPERWORK: ["papirene", "papirarbeidet", "skjemaene"],
  // "alle medlemmer av AD-gruppen team-fjord".
  ALL_PEOPLE: ["alle medlemmer", "alle medlemmene", "alle i gruppen", "alle i teamet"],
  // "så det er kari.nordby@... som skal deaktiveres" (the address just named made the one to act on).
  ONE_TO_ACT: ["som skal deaktiveres", "som må deaktiveres", "som skal sperres", "som må sperres", "som skal stenges", "som må stenges"],
  // "jeg oppga feil adresse, riktig adresse er ...".
  WRONG_PERSON: ["feil adresse", "feil e postadresse", "feil epostadresse", "feil bruker", "feil konto"],
  RIGHT_ADDRESS: ["riktig adresse", "den riktige adressen", "riktig e postadresse", "riktig epostadresse", "rett adresse", "riktig konto", "den riktige kontoen"],
  // "Ta med Sofie Lunds konto i samme runde".
  SAME_BATCH: ["i samme omgang", "i samme runde", "i samme slengen"],
  // "alle medlemmer av AD-gruppen team-fjord" (everyone in a group: target.wildcard).
  ALL_SCOPE: ["alle medlemmer", "alle medlemmene", "alle brukerne i"],
  // "Gi beskjed til alle medlemmer av gruppen ..." (told, not acted on: the notice's last two words before the people).
  NOTIFY: ["beskjed til", "melding til"],
  // Training authors t5, t28, t31: "så den slipper godkjenningsrunden" (so it escapes the approval round), "hopp over
  // risikovurderingen", "forhåndsgodkjent og skal ikke sendes til manuell kontroll".
  WITHOUT_REVIEW: ["slipper godkjenningsrunden", "slipper godkjenningen", "slipper kontrollen", "slipper sikkerhetskontrollen", "slipper gjennomgangen", "slipper risikovurderingen"],
  NEGATION: ["skal ikke", "må ikke", "bør ikke"],
  SEND_TO_REVIEW: ["sendes", "sendes videre"],
  REVIEW: ["risikovurdering*"],
  // Training author t42: "saken ikke skal innom sikkerhetsteamet" (not to pass by security), "Dropp godkjenningsrunden",
  // "skal Torbjørns OneDrive deles med x@" (shared with an outside address).
  PASS_THROUGH: ["innom", "gå innom", "via"],
  SKIP: ["dropp", "droppe", "dropper"],
  SHARED_TO: ["deles med", "delt med", "del den med"],
};
