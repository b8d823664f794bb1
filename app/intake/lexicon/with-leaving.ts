/**
 * Done as part of the leaver's exit: "please disable that one as part of her leaving too", "im Zuge ihres Austritts", "dans le
 * cadre de son départ". After a shared privileged account and an action on it (target.additional), the account is folded into
 * the leaver's request as if it were hers. Entries are normalised like the text.
 */
export const WITH_LEAVING_CONCEPTS = {
  WITH_LEAVING: [
    "as part of her leaving", "as part of his leaving", "as part of their leaving", "as part of her offboarding", "as part of his offboarding", "as part of their offboarding",
    "as part of the offboarding", "as part of this offboarding", "as part of her exit", "as part of his exit", "as part of her departure", "as part of his departure",
    // "as part of his leave": the exit called a leave ("so please disable that account as part of his leave too").
    "as part of her leave", "as part of his leave", "as part of their leave", "as part of the leave", "as part of her leaver process", "as part of his leaver process",
    "along with her leaving", "along with his leaving", "along with her offboarding", "along with his offboarding", "with her offboarding", "with his offboarding",
    // de fr es pt it nl pl ru uk sv tr
    "im zuge ihres austritts", "im zuge seines austritts", "im rahmen ihres austritts", "im rahmen seines austritts", "im zuge des offboardings", "im rahmen des offboardings",
    "mit ihrem austritt", "mit seinem austritt", "dans le cadre de son départ", "dans le cadre de son offboarding", "dans le cadre de sa sortie", "avec son départ",
    "como parte de su baja", "como parte de su salida", "junto con su baja", "con su baja", "como parte do desligamento dela", "como parte do desligamento dele",
    "como parte da saída dela", "como parte da saída dele", "junto com o desligamento", "nell ambito della sua uscita", "come parte della sua uscita", "insieme alla sua uscita",
    "nell ambito del suo offboarding", "als onderdeel van haar vertrek", "als onderdeel van zijn vertrek", "in het kader van haar vertrek", "in het kader van zijn vertrek",
    "bij haar uitdiensttreding", "bij zijn uitdiensttreding", "w ramach jej odejścia", "w ramach jego odejścia", "przy okazji jej odejścia", "przy okazji jego odejścia",
    "в рамках её увольнения", "в рамках его увольнения", "вместе с её увольнением", "вместе с его увольнением", "у рамках її звільнення", "в рамках її звільнення", "в рамках його звільнення",
    "som en del av hennes avslut", "som en del av hans avslut", "i samband med hennes avgång", "i samband med hans avgång", "ayrılışı kapsamında", "ayrılması kapsamında", "işten çıkışı kapsamında",
  ],
} as const;
