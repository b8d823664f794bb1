/** JSON values as they cross boundaries (ledger events, policy input, packets). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
