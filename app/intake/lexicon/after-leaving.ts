/**
 * The leaver's data sent on for use after leaving or outside work (exfil.send_secrets, after an address at any domain): "send the
 * archive to samir.handover@... so he can finish the Q4 report from home", "... so she can walk her replacement through it after
 * she's gone". Entries are normalised like the text (lower case, no accents, apostrophes split words).
 */
export const AFTER_LEAVING_CONCEPTS = {
  AFTER_LEAVING: [
    "from home", "after he leaves", "after she leaves", "after they leave", "after his last day", "after her last day", "after he's gone", "after she's gone", "after he has left",
    "after she has left", "once he has left", "once she has left", "once he's left", "once she's left", "keep her own", "keep his own", "keep her records", "keep his records",
    // de fr es pt it nl pl ru uk tr sv
    "von zu hause", "von zuhause", "nach seinem austritt", "nach ihrem austritt", "nach seinem letzten tag", "nach ihrem letzten tag", "de chez lui", "de chez elle", "apres son depart",
    "desde casa", "despues de su salida", "despues de irse", "de casa", "depois da saida", "depois de sair", "da casa", "dopo la sua uscita", "dopo il suo ultimo giorno", "vanuit huis",
    "na zijn vertrek", "na haar vertrek", "z domu", "po jego odejsciu", "po jej odejsciu", "из дома", "после ухода", "после увольнения", "з дому", "після звільнення", "evden",
    "ayrildiktan sonra", "hemifran", "efter sin sista dag",
    // A copy kept by the leaver, or the work carried on as an outsider: "forward both to x@ so she has a copy", "he'll keep
    // supporting the project as a contractor", "para may kopya siya" (not the manager's copy: a role before the address stops the rule).
    "so she has a copy", "so he has a copy", "so they have a copy", "so she has her own copy", "so he has his own copy", "so she can keep a copy", "so he can keep a copy",
    "so she keeps a copy", "so he keeps a copy", "as a contractor", "as a consultant", "as a freelancer",
    "damit sie eine kopie hat", "damit er eine kopie hat", "damit sie eine kopie behält", "damit er eine kopie behält", "als freelancer", "als externer berater", "als externe beraterin",
    "pour qu'elle en ait une copie", "pour qu'il en ait une copie", "pour qu'elle ait une copie", "pour qu'il ait une copie", "pour qu'elle garde une copie", "pour qu'il garde une copie", "en tant que consultant", "en tant que consultante",
    "para que tenga una copia", "para que ella tenga una copia", "para que él tenga una copia", "para que se quede con una copia", "como contratista", "como consultor", "como consultora",
    "para que ela tenha uma cópia", "para que ele tenha uma cópia", "para ela ter uma cópia", "para ele ter uma cópia", "para que fique com uma cópia", "como prestador", "como prestadora",
    "così ne ha una copia", "perché ne abbia una copia", "in modo che ne abbia una copia", "così ha una copia", "come consulente esterno", "come consulente esterna",
    "zodat ze een kopie heeft", "zodat hij een kopie heeft", "zodat ze een kopie houdt", "zodat hij een kopie houdt", "als zzp er", "als externe consultant",
    "żeby miała kopię", "żeby miał kopię", "aby miała kopię", "aby miał kopię", "jako kontraktor", "jako zewnętrzny konsultant",
    "чтобы у неё была копия", "чтобы у него была копия", "как подрядчик", "как внешний консультант", "щоб у неї була копія", "щоб у нього була копія", "як підрядник",
    "bir kopyası kalsın", "kendisinde bir kopyası olsun", "så att hon har en kopia", "så att han har en kopia", "som konsult",
    "para may kopya siya", "para may kopya sya", "para magkaroon siya ng kopya",
    "让她留一份", "让他留一份", "让她自己留一份", "让他自己留一份", "本人の控えとして", "본인이 사본을 갖도록", "ليحتفظ بنسخة", "لتحتفظ بنسخة", "ताकि उसके पास एक कॉपी रहे",
  ],
} as const satisfies Record<string, readonly string[]>;
