/**
 * A genitive postposition right after a name or address, in languages that put the verb last: hi "x@ का भी एक्सेस हटा
 * दें" (x@'s access too remove), ur "x@ کی رسائی بھی ختم کر دیں", ne "x@ को पनि". With "also" after it and an action
 * word later in the clause, the address is one more account to act on (address-context.ts, alsoAfterGenitive). Entries
 * are normalised like the text (see override.ts).
 */
export const GENITIVE_POST_CONCEPTS = {
  GENITIVE_POST: ["का", "की", "के", "को", "کا", "کی", "کے", "এর"],
} as const;
