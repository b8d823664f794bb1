/**
 * The Romance "de" that is "of", not "from" (mask-homographs.ts drops FROM there before any rule reads it). FROM lists "de"
 * for "retirez-la de la liste", "quitadla de los grupos"; but in "la cuenta de administrador del dominio", "le compte de
 * service", "la conta de serviço", "merci de désactiver" it joins a noun to its complement or a verb to its politeness
 * formula (and Dutch "de" is the article), and a rule that forbids FROM between its words ("remove her from the admin group" is no added account) read
 * those as removals. Entries are normalised like the text (lower case, no accents); see override.ts for the syntax.
 */
export const GENITIVE_DE_CONCEPTS = {
  /**
   * An account, login or access noun and its "de" (fr es pt ca): "le compte de service", "la cuenta de administrador",
   * "o usuário de serviço", "l'identifiant de service", "el login de administrador", "le reste de l'équipe". The "de" is
   * "of" when a bare noun follows it ("compte de service", "cuenta de Marta"); with an article or a possessive after it,
   * "son compte de la liste", "la cuenta de su grupo", it may be "from" and stays FROM (DE_DETERMINERS).
   */
  OF_HEAD: [
    "compte de", "comptes de", "utilisateur de", "utilisateurs de", "identifiant de", "identifiants de", "login de", "logins de", "accès de", "profil de",
    "administrateur de", "administrateurs de", "reste de",
    "cuenta de", "cuentas de", "usuario de", "usuarios de", "acceso de", "accesos de", "perfil de", "administrador de", "administradores de", "resto de",
    "conta de", "contas de", "usuário de", "usuários de", "utilizador de", "utilizadores de", "acesso de", "acessos de",
    "usuari de", "usuaris de",
  ],
  /**
   * A politeness formula ending in "de" before the request (fr es pt): "merci de désactiver", "je vous prie de", "nous vous
   * remercions de", "favor de desactivar", "gracias de antemano", "agradezco de antemano". Never "from".
   */
  POLITE_DE: [
    "merci de", "merci beaucoup de", "prière de", "vous prie de", "te prie de", "remercie de", "remercions de", "remercier de",
    "favor de", "gracias de antemano", "agradezco de antemano", "agradecemos de antemano", "agradeço de antemão", "agradecemos de antemão",
  ],
  /**
   * Dutch "de", the article, after a Dutch preposition, adverb or imperative: "verwijder haar uit de groep", "zet ook de
   * beheerdersaccount op de lijst", "neem de gedeelde account mee". Never "from" ("uit" is the FROM there); "van de" is left
   * as it was ("van" is "from" as well as "of").
   */
  DUTCH_ARTICLE_DE: [
    "uit de", "op de", "aan de", "naar de", "met de", "bij de", "tot de", "door de", "voor de", "in de", "om de", "ook de", "en de", "dat de", "al de",
    "zet de", "neem de", "haal de", "schakel de", "verwijder de", "blokkeer de", "deactiveer de", "sluit de", "voeg de", "trek de", "graag de",
  ],
} as const;

/**
 * Words after an OF_HEAD's "de" that leave it possibly "from": articles, possessives, demonstratives and quantifiers (fr es
 * pt ca), "le compte de la liste", "la cuenta de los grupos", "a conta de todos os grupos". Read as the next token's key.
 */
export const DE_DETERMINERS: ReadonlySet<string> = new Set([
  "la", "le", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "tout", "toute", "tous", "toutes", "chaque",
  "el", "los", "las", "lo", "uno", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "mi", "mis", "nuestro", "nuestra", "todo", "todos", "todas", "cada",
  "o", "a", "os", "as", "um", "uma", "seu", "sua", "seus", "suas", "esse", "essa", "esses", "essas", "meu", "minha",
  "els", "les", "aquest", "aquesta",
]);
