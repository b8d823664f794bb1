import SCIMMY from "scimmy";

/** A SCIMMY protocol error (RFC 7644 §3.12); SCIMMY's types demand a string scimType where the RFC allows none. */
export function scimError(status: number, scimType: string | null, message: string): Error {
  return new SCIMMY.Types.Error(status, scimType as string, message);
}
