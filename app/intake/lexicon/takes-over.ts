/**
 * An address that does something itself right after it is written, as the subject of its own clause: "disable
 * elliot.shaw@…; ryan.cho@… takes over the build keys", "ryan.cho@… will collect the laptop", "ryan.cho@… reprend ses
 * dossiers". It is the one who takes over or collects, not one more account to act on (detect-identities.ts: no target by
 * standing next to one). Entries are normalised like the text; a trailing `*` makes a prefix.
 */
export const TAKES_OVER_CONCEPTS = {
  TAKES_OVER: [
    // en
    "takes over", "will take over", "is taking over", "took over", "collects", "will collect", "is collecting", "picks up", "will pick up", "receives", "will receive",
    "handles", "will handle", "is handling", "inherits", "will inherit", "covers", "will cover", "is covering", "steps in", "will step in",
    "needs the confirmation", "should get the confirmation", "is the new owner", "is the successor", "is his successor", "is her successor", "is their successor",
    // de
    "übernimmt", "wird übernehmen", "übernimmt ab", "holt", "holt ab", "bekommt", "erhält", "kümmert sich", "wird sich kümmern", "vertritt", "ist nachfolger*",
    // fr
    "reprend", "reprendra", "récupère", "récupérera", "recevra", "reçoit", "s occupe", "s occupera", "prend le relais", "prendra le relais", "assure", "assurera",
    // es pt it
    "se encarga", "se encargará", "se hará cargo", "recoge", "recogerá", "recibe", "recibirá", "asume", "asumirá", "toma el relevo", "hereda",
    "assume", "assumirá", "assumira", "recolhe", "recolherá", "recebe", "receberá", "fica com", "ficará com", "cuida", "cuidará",
    "subentra", "subentrerà", "prende in carico", "prenderà in carico", "ritira", "ritirerà", "riceve", "riceverà", "si occupa", "si occuperà", "eredita",
    // nl pl ru uk sv
    "neemt over", "neemt het over", "haalt", "haalt op", "ontvangt", "krijgt", "zorgt voor", "przejmuje", "przejmie", "odbierze", "odbiera", "zajmie się", "zajmuje się", "otrzyma",
    "принимает", "примет", "заберет", "заберёт", "получит", "займется", "займётся", "переймає", "перейме", "забере", "отримає", "займеться",
    "tar över", "tar hand om", "hämtar", "övertar",
    // tr zh ja ko ar hi id
    "devralır", "devralacak", "teslim alacak", "接手", "接管", "负责", "引き継ぎます", "引き継ぐ", "受け取ります", "인계받", "맡습니다", "맡을", "يتولى", "ستتولى", "سيتولى", "سيستلم", "ستستلم",
    "संभालेंगे", "संभालेगी", "संभालेगा", "mengambil alih", "akan mengambil alih", "menerima", "akan menerima", "mengurus",
  ],
} as const satisfies Record<string, readonly string[]>;
