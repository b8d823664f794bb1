import type { TargetDescription } from "./types.js";

const ACCOUNT_TYPES: Record<string, TargetDescription["accountType"]> = {
  employee: "human",
  contractor: "human",
  intern: "human",
  temp: "human",
  service: "service",
  breakglass: "break_glass",
  "break-glass": "break_glass",
};

/** Maps a directory's account-type label (SCIM userType, LDAP employeeType) to the policy's account type. */
export function accountTypeOf(label: string | undefined | null): TargetDescription["accountType"] {
  return ACCOUNT_TYPES[(label ?? "").toLowerCase()] ?? "unknown";
}
