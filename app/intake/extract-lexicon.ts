import { compileLexicon } from "./compile-lexicon.js";
import type { Concept } from "./lexicon/index.js";
import { KIND_CONCEPTS } from "./lexicon/kinds.js";
import { EXEC_LEAVER_CONCEPTS } from "./lexicon/exec-leaver.js";
import { CARBON_COPY_CONCEPTS } from "./lexicon/carbon-copy.js";
import { CARGO_DESTINATION_CONCEPTS } from "./lexicon/cargo-destination.js";
import { KEEP_ACTIVE_CONCEPTS } from "./lexicon/keep-active.js";
import { OUTSIDE_DESTINATION_CONCEPTS } from "./lexicon/outside-destination.js";
import { TARGET_CONCEPTS } from "./lexicon/targets.js";
import { TARGET_PEOPLE_CONCEPTS } from "./lexicon/target-people.js";
import { LEAVER_BOSS_CONCEPTS } from "./lexicon/leaver-boss.js";
import { EXTRA_PERSON_CONCEPTS } from "./lexicon/extra-person.js";
import { SIGN_OFF_CONCEPTS } from "./lexicon/sign-off.js";
import { CONCEPTS } from "./lexicon/index.js";

/** The free-text parser's own lexicon (extract-fields.ts, destination-address.ts): the words that place an address, compiled once. */

const EMPLOYEE_LABEL = ["employee", "email", "e mail", "work email", "work_email", "employee_email", "user_email", "primary_email", "target_email", "target", "user", "staff", "leaver", "mitarbeiter*", "employé*", "empleado*", "funcionári*", "colaborador*", "pracownik*", "сотрудник*", "çalışan", "社員", "员工", "員工", "직원", "الموظف*", "העובד*", "कर्मचारी", "کارمند",
  // The leaver's login named as such: "her login is x@", "Username: x@", "Benutzername: x@".
  "login", "username", "user name", "logon", "login name", "benutzername", "identifiant", "nom d utilisateur", "usuario", "nombre de usuario", "usuário", "nome de usuário", "nome utente", "gebruikersnaam", "nazwa użytkownika", "логин", "kullanıcı adı", "ユーザー名", "用户名", "사용자 이름", "اسم المستخدم"];
/**
 * The leaver taken out of something: "remove her from the shared mailbox x@" (honest texts of training authors t58 and t63). An
 * address after it is what the leaver leaves, not whom to remove (a blocker in extract-fields.ts). The pronoun with "from":
 * a bare "from" (German "von", Spanish "de") is also "of" ("den Zugang von Markus Schneider (x@)").
 */
const REMOVED_FROM = ["her from", "him from", "them from", "sie aus", "ihn aus", "retirez la de", "retirez le de", "retirarla de", "retirarlo de", "quitarla de", "quitarlo de", "remova a de", "remova o de", "rimuovetela da", "rimuovetelo da", "haal haar uit", "haal hem uit"];
/** "to x@", "à x@": the address right after is a recipient. */
const RECIPIENT = ["to", "à", "a", "an", "para", "naar", "aan", "till", "til", "per", "do", "al", "au", "alla", "vers", "pro", "pra", "na", "verso", "ไปที่", "ไปยัง",
  // Tagalog, Hausa, Yoruba, Egyptian Arabic: "paki-send sa x@", "a tura zuwa x@", "ابعتها على x@".
  "sa", "kay", "zuwa", "sí", "على",
  // Indonesian/Malay, Swahili, Vietnamese, Greek, Cyrillic: "kirim ke x@", "tuma kwa x@", "sang x@", "στο x@", "надіслати на x@".
  "ke", "kepada", "kwa", "sang", "στο", "στη", "на",
  // Latvian "uz x@", Italian "l'inoltro automatico su x@".
  "uz", "su",
  // Romanian "trimiteți exportul la x@", "redirecționați e-mailurile către x@" ("la" is also the Romance "the": a recipient only
  // before the address itself or the word for one, and only with a send verb before it or right after).
  "la", "către",
  // Finnish, the case ending is the "to": "lähettäkää PST-tiedosto osoitteeseen x@", "sähköpostiosoitteeseen x@".
  "osoitteeseen", "sähköpostiosoitteeseen", "osoitteelle",
  // Chinese "转发到 x@", "发给 x@", "给 x@ 发", Hebrew "ל-x@" (the prefix "to"), and the sender named before the address: "email it to me at x@".
  "到", "给", "給", "ל",
  // Chinese "to" after a send verb, written "发送至 x@", "转发至 x@" (a recipient only with the verb before it).
  "至", "me at", "him at", "her at", "us at", "them at", "به", "إلى", "الى"];
/** After the address, a postposition or case ending meaning "to", then the verb: "x@-এ পাঠিয়ে দিন", "x@ pe bhej dena", "x@ पर भेजें", "x@ に送って", "x@로 보내", "x@'e gönderin". */
const POST_RECIPIENT = ["এ", "তে", "pe", "par", "ko", "पर", "को", "に", "宛", "宛て", "まで", "로", "으로", "에게", "에", "e", "ye", "a", "ya", "adresine", "adresime",
  // kk (Kazakh): "x@ мекенжайына жіберіңіздер" (to the address x@, send)
  "мекенжайына", "мекенжайға", "адресіне", "адресына", "поштасына",
  // ur: "x@ پر بھیج دیں"
  "پر"];
/**
 * "to the address x@", "an meine Adresse x@", "gửi về địa chỉ x@", "til adressen x@": the word for an
 * address between the recipient marker (or a send verb that carries it: "gửi về") and the address.
 */
const ADDRESS_NOUN = ["address", "email", "e mail", "mail", "email address", "e mail address", "mail address", "adresse", "adressen", "mailadresse", "e mail adresse", "emailadresse", "adres", "e mailadres", "mailadres", "adresa", "adresu", "adress", "dirección", "direccion", "endereço", "indirizzo", "địa chỉ", "địa chỉ email", "alamat", "alamat email", "osoite", "osoitteeseen", "διεύθυνση", "címre", "címét", "адрес", "адресу", "ที่อยู่", "อีเมล", "آدرس", "عنوان"];
/** "at x@" after a verb that puts the data down: "park a copy of her files at x@", "déposez l'export chez x@". */
const PLACE_AT = ["at", "bei", "chez", "presso", "bij"];
/**
 * A verb that puts files into storage ("drop them in his Dropbox (x@)", "upload it to the transfer space of … at x@"), the
 * storage after it (STORE_PLACE: STORAGE_PLACE, lexicon/storage-place.ts) and the word before the storage (INTO): a destination.
 */
const STORE_VERB = [...CONCEPTS.STORE_VERB, ...CONCEPTS.PLACE_VERB, ...CONCEPTS.UPLOAD_VERB, "upload", "hochladen", "téléversez", "încărcați"];
/** "in", "into", "to" before the storage: "drop them in his Dropbox", "in ihren Ordner", "dans son dossier". */
const INTO = ["in", "into", "to", "onto", "ins", "auf", "dans", "sur", "vers", "en", "a", "em", "no", "na", "para", "nel", "nella", "sul", "naar", "op", "do", "w", "în", "pe"];
/** The Chinese send verb as one character after "给 x@" ("给 x@ 发她的邮箱导出"; SEND lists the compounds "发给", "发送"). */
const SEND_ZH = ["发", "發", "寄"];
/** After a send verb, "share it with x@" names a recipient too. */
const SHARED_WITH = ["with", "mit", "avec", "con", "com", "met"];
/**
 * The send verbs, the data and the personal address with the language packs' words (lexicon/languages/*.ts), as the rules
 * read them: "…PST-tiedosto osoitteeseen x@" needs no pack, but "x@ までお送りください", "hänen henkilökohtaiselle tililleen x@",
 * "στον προσωπικό της λογαριασμό x@" do (without them the parser took such a destination for the leaver).
 */
export const LEX = compileLexicon({ ACTION: TARGET_CONCEPTS.ACTION, PERSON_ACTION: TARGET_CONCEPTS.PERSON_ACTION, TARGET_NOUN: TARGET_PEOPLE_CONCEPTS.TARGET_NOUN, LEAVER_INTRO: EXEC_LEAVER_CONCEPTS.LEAVER_INTRO, EMPLOYEE_LABEL, HANDOVER_VERB: TARGET_PEOPLE_CONCEPTS.HANDOVER_VERB, ROLE_PERSON: TARGET_PEOPLE_CONCEPTS.ROLE_PERSON, REMOVED_FROM, RECIPIENT, POST_RECIPIENT, SHARED_WITH, ADDRESS_NOUN, STORE_VERB, STORE_PLACE: CONCEPTS.STORAGE_PLACE, INTO, SEND: CONCEPTS.SEND, SEND_ZH, SECRET: CONCEPTS.SECRET, EXFIL_OBJECT: CONCEPTS.EXFIL_OBJECT, SHARED_TO: OUTSIDE_DESTINATION_CONCEPTS.SHARED_TO, OUTSIDE_PARTY: OUTSIDE_DESTINATION_CONCEPTS.OUTSIDE_PARTY, PERSONAL_ADDRESS: CONCEPTS.PERSONAL_ADDRESS, ...CARBON_COPY_CONCEPTS, ...CARGO_DESTINATION_CONCEPTS, PLACE_AT, ...KEEP_ACTIVE_CONCEPTS, ...KIND_CONCEPTS, LEAVER_BOSS: LEAVER_BOSS_CONCEPTS.LEAVER_BOSS, RELATED_PERSON: EXTRA_PERSON_CONCEPTS.RELATED_PERSON, ...SIGN_OFF_CONCEPTS });
/**
 * What puts an address where a target stands: an action, "offboard", "target", an "Employee:" label, the leaver
 * introduced ("Austritt von Jana Weber (x@)", "Départ de", "退職者:": LEAVER_INTRO) (a hand-over or a role between undoes it).
 */
export const CUES = ["ACTION", "PERSON_ACTION", "TARGET_NOUN", "LEAVER_INTRO", "EMPLOYEE_LABEL"].map((c) => LEX.id(c as Concept));
