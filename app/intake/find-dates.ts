/** A calendar date found in free text. */
export interface FoundDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Offset in the text searched. */
  index: number;
  /** Day and month could be swapped (03/04/2026) and the default day-first reading was taken. */
  ambiguous: boolean;
  /** Preceded within 40 characters by "last day", "effective", "letzter Arbeitstag"... */
  labelled: boolean;
  /** Written without a year ("30 Nov", "9 janvier", "30.11.", "12月31日"), as a weekday or as "today"/"tomorrow": read relative to the clock (see findDates). */
  inferred: boolean;
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ["january jan januar janvier enero janeiro gennaio januari stycznia styczen января ocak", 1],
    ["february feb februar fevrier febrero fevereiro febbraio februari lutego luty февраля subat", 2],
    ["march mar marz mars marzo marco maart marca marzec марта mart", 3],
    ["april apr avril abril aprile kwietnia kwiecien апреля nisan", 4],
    ["may mai mayo maio maggio mei maja maj мая mayis", 5],
    ["june jun juni juin junio junho giugno czerwca czerwiec июня haziran", 6],
    ["july jul juli juillet julio julho luglio lipca lipiec июля temmuz", 7],
    ["august aug aout agosto augustus sierpnia sierpien августа agustos", 8],
    ["september sep sept septembre septiembre setembro settembre wrzesnia wrzesien сентября eylul", 9],
    ["october oct oktober octobre octubre outubro ottobre pazdziernika pazdziernik октября ekim", 10],
    ["november nov novembre noviembre novembro listopada listopad ноября kasim", 11],
    ["december dec dezember decembre diciembre dezembro dicembre grudnia grudzien декабря aralik", 12],
  ].flatMap(([names, n]) => String(names).split(" ").map((name) => [name, Number(n)] as const)),
);
const LABEL = /(last (working )?day|effective|end date|leaving on|leaves on|until|letzte[rn]? (arbeits)?tag|austritt|dernier jour|depart|ultimo dia|último día|ultimo giorno|ostatni dzien|laatste (werk)?dag|sista arbetsdag|sidste arbejdsdag|siste arbeidsdag|viimeinen tyopaiva|последни[йи] рабочи[йи] день|son is gunu|最終|最后|마지막|آخر|האחרון|अंतिम|آخرین|retires on|ends on|endet am|fin de contrat|termina)/;
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g;
/** Year first with slashes or dots: "2026/12/31", "2027.01.15". */
const YMD = /\b(\d{4})([./])(\d{1,2})\2(\d{1,2})\b/g;
const WORDY = /\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s{1,3}(?:de\s{1,3}|of\s{1,3})?([a-z\u0400-\u04ff]{3,12})\.?,?\s{1,3}(?:de\s{1,3})?(\d{4})\b|\b([a-z]{3,12})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/g;
/** The month names of MONTHS as one alternation, longest first ("sept" before "sep"). */
const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
/**
 * The same without a year: "30 Nov", "9 janvier", "15 de diciembre", "the 4th of December", "Nov 30", "30.11." (the German day.month. with its
 * closing dot). Not followed by a year (the forms above read those), not day/month with a slash ("24/7" is no date).
 */
const WORDY_NO_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s{1,3}(?:de\\s{1,3}|of\\s{1,3})?(${MONTH_NAME})(?![\\p{L}])\\.?(?!,?\\s{0,3}(?:de\\s{1,3})?\\d)` +
    `|(?<![\\p{L}\\p{N}])(${MONTH_NAME})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?!,?\\s{0,3}\\d)`,
  "gu",
);
const DOTTED_NO_YEAR = /(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.(?![\p{L}\p{N}])/gu;
/**
 * A year-less date is read as its occurrence from LOOK_BACK_DAYS before the clock to a year after that (one occurrence of any
 * day and month falls in those 365 days): a leaver's last day is mostly ahead of the request, sometimes a few weeks behind it.
 * Only where a label says it is the date ("last day 30 Nov", "dernier jour le 9 janvier", "Letzter Tag 30.11."):
 * unlabelled, "12 March Street", "you may 12 times" or "section 3.1." would read as dates.
 */
const LOOK_BACK_DAYS = 60;
const DAY = 86_400_000;
const CJK = /(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/g;
/** The same without the year ("12月31日付で", "12월 31일자로"): a date whatever words are around it. */
const CJK_NO_YEAR = /(?<![年년\d]\s?)(?<!\d)(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/g;
/** Weekdays, Monday first (index + 1 = ISO weekday), in the languages of MONTHS, as the text is read (accents and marks stripped). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ["monday", "montag", "lundi", "lunes", "segunda", "segunda-feira", "lunedi", "maandag", "poniedzialek", "понедельник", "pazartesi", "mandag"],
  ["tuesday", "dienstag", "mardi", "martes", "terca", "terca-feira", "martedi", "dinsdag", "wtorek", "вторник", "sali", "tirsdag", "tisdag"],
  ["wednesday", "mittwoch", "mercredi", "miercoles", "quarta", "quarta-feira", "mercoledi", "woensdag", "sroda", "среда", "carsamba", "onsdag"],
  ["thursday", "donnerstag", "jeudi", "jueves", "quinta", "quinta-feira", "giovedi", "donderdag", "czwartek", "четверг", "persembe", "torsdag"],
  ["friday", "freitag", "vendredi", "viernes", "sexta", "sexta-feira", "venerdi", "vrijdag", "piatek", "пятница", "пятницу", "cuma", "fredag"],
  ["saturday", "samstag", "samedi", "sabado", "sabato", "zaterdag", "sobota", "суббота", "субботу", "cumartesi", "lordag"],
  ["sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag", "niedziela", "воскресенье", "pazar", "sondag"],
];
const WEEKDAY = new RegExp(`(?<![\\p{L}])(${WEEKDAYS.flat().join("|")})(?![\\p{L}])`, "gu");
/**
 * What may stand before a date written without its year or as a weekday, beside LABEL: the verbs and prepositions a leaving
 * date comes with ("finishes on", "expires on", "zum 30.11.", "per 1 februari", "as of", "a partir del"), at a word's start
 * ("friends 30 Nov", "personal 30 Nov" label nothing).
 */
const YEARLESS_LABEL = /(?<![\p{L}])(?:(?:zum|per|dal|gaat|as of|ab dem)(?![\p{L}])|finish|ends|ending|expir|leaves|leaving|stops|left on|effective from|a partir d|con effetto dal|stopt|vertrekt|odchodzi|ayril)/u;
/** The past tense before a weekday: "left on Friday", "her last day was Tuesday", "ist am Freitag gegangen" is too far. */
const PAST = /(?<![\p{L}])(was|were|left|ended|finished|had)(?![\p{L}])/u;
/** A mail header's date line ("Sent: 24 November 2026", "> Gesendet: …", "Date: …"): when the mail was sent, never the leaving date. */
const HEADER_DATE_LINE = /^[\s>]*(?:sent|date|gesendet|datum|envoye|enviado|inviato|verzonden|skickat|sendt|wyslano|отправлено|送信日時|발신|日期)\s*:/;
const RELATIVE: Readonly<Record<string, number>> = { today: 0, heute: 0, "aujourd'hui": 0, hoy: 0, hoje: 0, dzisiaj: 0, сегодня: 0, bugun: 0, 今日: 0, 今天: 0, 오늘: 0, tomorrow: 1, morgen: 1, demain: 1, manana: 1, amanha: 1, jutro: 1, завтра: 1, yarin: 1, 明日: 1, 明天: 1, 내일: 1 };

/**
 * Dates written the ways HR writes them: ISO, day.month.year, day/month/year (month-first when
 * the day cannot be a month), "30 November 2026", "November 30, 2026", "15 de diciembre de 2026",
 * 2026年11月30日, 2026년 11월 30일, Arabic-Indic and Persian digits, and "today"/"tomorrow" in
 * several languages against the injected clock, "27-11-2026", "2026/12/31". Years before 1900 (other calendars) are
 * ignored. A day and a month's name with no year ("30 Nov", "9 janvier", "Nov 30") or a German "30.11." after a label
 * ("last day", "dernier jour", "finishes on", "zum") is read as its occurrence from two months before the clock on, and so
 * is "12月31日" anywhere; a weekday after a label ("last day Friday", "stopt vrijdag") is its next occurrence, today
 * included (its last one before today after "was", "left"). Those, and "today"/"tomorrow", are marked `inferred`. A date on a
 * mail header's date line ("Sent: 24 November 2026") is no date of the request.
 */
export function findDates(raw: string, now: number): FoundDate[] {
  const base = raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
  const text = base
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i");
  const out: FoundDate[] = [];
  const add = (y: number, m: number, d: number, index: number, ambiguous = false, inferred = false) => {
    const date = valid(y, m, d);
    if (date && !onHeaderLine(text, index)) out.push({ date, index, ambiguous, labelled: LABEL.test(text.slice(Math.max(0, index - 40), index)), inferred });
  };
  for (const m of text.matchAll(ISO)) add(Number(m[1]), Number(m[2]), Number(m[3]), m.index);
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (b > 12 && a <= 12) add(Number(m[4]), a, b, m.index);
    else add(Number(m[4]), b, a, m.index, a <= 12 && b <= 12 && a !== b && m[2] === "/");
  }
  for (const m of text.matchAll(WORDY)) {
    if (m[1] !== undefined) add(Number(m[3]), MONTHS[m[2] ?? ""] ?? 0, Number(m[1]), m.index);
    else add(Number(m[6]), MONTHS[m[4] ?? ""] ?? 0, Number(m[5]), m.index);
  }
  for (const m of text.matchAll(YMD)) add(Number(m[1]), Number(m[3]), Number(m[4]), m.index);
  for (const m of base.matchAll(CJK)) add(Number(m[1]), Number(m[2]), Number(m[3]), m.index);
  // A label up to 40 characters before, in the date's own sentence or under a heading ("### Last day⏎7 June"; "last day 12
  // Dec. Handover meeting Thursday" labels no Thursday).
  const labelledAt = (index: number) => {
    const before = text.slice(Math.max(0, index - 40), index).split(/[.!?;]\s/).pop() ?? "";
    return LABEL.test(before) || YEARLESS_LABEL.test(before);
  };
  const addYearless = (m: number, d: number, index: number, needsLabel = true) => {
    if (needsLabel && !labelledAt(index)) return;
    // The window's first day (UTC midnight), and the 365 days from it.
    const start = new Date(now - LOOK_BACK_DAYS * DAY);
    const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    for (const y of [start.getUTCFullYear(), start.getUTCFullYear() + 1]) {
      const date = valid(y, m, d);
      const at = Date.UTC(y, m - 1, d);
      if (date === null || at < from || at >= from + 365 * DAY) continue;
      if (!onHeaderLine(text, index)) out.push({ date, index, ambiguous: false, labelled: true, inferred: true });
      return;
    }
  };
  for (const m of text.matchAll(WORDY_NO_YEAR)) {
    const month = MONTHS[m[2] ?? m[3] ?? ""];
    if (month !== undefined) addYearless(month, Number(m[1] ?? m[4]), m.index);
  }
  for (const m of text.matchAll(DOTTED_NO_YEAR)) addYearless(Number(m[2]), Number(m[1]), m.index);
  for (const m of base.matchAll(CJK_NO_YEAR)) addYearless(Number(m[1]), Number(m[2]), m.index, false);
  // A weekday after a label ("last day Friday", "leaves on Monday", "stopt vrijdag"): its next occurrence, today included (its
  // last one before today in the past tense).
  for (const m of text.matchAll(WEEKDAY)) {
    // Not the weekday of a date written beside it ("Friday 22 November", "Friday, 27.11."): the date says it.
    // Nor "next Friday", "nächsten Freitag", "volgende vrijdag": this week's or the week after, readers differ.
    if (!labelledAt(m.index) || /^,?\s{0,3}(?:the\s)?\d/.test(text.slice(m.index + (m[1]?.length ?? 0), m.index + (m[1]?.length ?? 0) + 8))) continue;
    if (/(?:next|nachsten|volgende)\s$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const weekday = WEEKDAYS.findIndex((names) => names.includes(m[1] ?? "")) + 1;
    const today = new Date(now);
    const isoToday = ((today.getUTCDay() + 6) % 7) + 1;
    // In the past tense ("left on Friday", "her last day was Tuesday"): its last occurrence before today.
    const past = PAST.test(text.slice(Math.max(0, m.index - 30), m.index).split(/[.!?;]\s/).pop() ?? "");
    const offset = past ? -(((isoToday - weekday + 6) % 7) + 1) : (weekday - isoToday + 7) % 7;
    const day = new Date(now + offset * DAY);
    const date = valid(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    if (date) out.push({ date, index: m.index, ambiguous: false, labelled: true, inferred: true });
  }
  for (const [word, days] of Object.entries(RELATIVE)) {
    const at = text.search(new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, "u"));
    if (at >= 0) {
      const day = new Date(now + days * 86_400_000);
      add(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), at, false, true);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return t.toISOString().slice(0, 10);
}

/** Whether offset `index` of `text` is on a mail header's date line. */
function onHeaderLine(text: string, index: number): boolean {
  return HEADER_DATE_LINE.test(text.slice(text.lastIndexOf("\n", index - 1) + 1, index));
}
