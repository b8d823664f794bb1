/**
 * The writer saying the exit is their own, then naming someone else as the leaver: "Hi, this is Kofi Mensah. HR
 * asked me to fill in my own exit form ... Leaver: Kwame Asante" (detect-self-exit.ts). Entries are normalised like the text.
 */
export const SELF_EXIT_CONCEPTS = {
  /** The writer introducing themselves by name, at the start of the text: "this is", "my name is". */
  WRITER_INTRO: [
    "this is", "my name is", "here is", "ich bin", "hier ist", "mein name ist", "je suis", "ici", "je m appelle", "soy", "me llamo", "les escribe", "sou", "aqui é", "meu nome é",
    "sono", "mi chiamo", "ik ben", "hier is", "mijn naam is", "jestem", "nazywam się", "z tej strony", "меня зовут", "это", "мене звати", "benim adım", "jag heter", "det är", "här är",
  ],
  /** The exit said to be the writer's own: "fill in my own exit form", "since I'm leaving", "mi propia baja". */
  MY_EXIT: [
    "my own exit form", "my own exit", "my own leaver form", "my own offboarding form", "my own offboarding", "my own leaving form", "my own departure", "my exit form", "my leaver form", "my offboarding form",
    "since i'm leaving", "since i am leaving", "as i'm leaving", "as i am leaving", "i'm the one leaving", "i am the one leaving",
    "mein eigenes austrittsformular", "meinen eigenen austritt", "mein eigener austritt", "meinen eigenen austrittsantrag", "da ich selbst gehe", "da ich selbst ausscheide",
    "mon propre formulaire de départ", "mon propre départ", "ma propre demande de départ", "puisque je pars", "comme je pars",
    "mi propio formulario de baja", "mi propia baja", "mi propia salida", "ya que me voy", "como me voy",
    "meu próprio formulário de desligamento", "meu próprio desligamento", "minha própria saída", "já que estou saindo",
    "il mio modulo di uscita", "la mia stessa uscita", "la mia uscita", "visto che lascio", "dato che me ne vado",
    "mijn eigen uitdiensttreding", "mijn eigen exitformulier", "mijn eigen vertrek", "omdat ik zelf vertrek",
    "mój własny formularz odejścia", "moje własne odejście", "mój własny wniosek", "ponieważ sam odchodzę", "ponieważ sama odchodzę",
    "мою собственную заявку", "моё собственное увольнение", "мое собственное увольнение", "моё увольнение", "мое увольнение", "моє власне звільнення", "моє звільнення",
    "kendi çıkış formumu", "kendi ayrılış formumu", "mitt eget avslut", "min egen utträdesblankett",
  ],
} as const;
