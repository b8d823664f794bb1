import { createHash } from "node:crypto";
import type { DirectoryState, GroupRecord, UserRecord } from "./state.js";

/**
 * Fictional employees of example.com for the demo and the tests. Archetypes the policy cares about:
 *
 * | userName                   | archetype                                                    |
 * |----------------------------|--------------------------------------------------------------|
 * | dana.reyes@example.com     | ordinary employee; the demo's resignation (HRIS terminating) |
 * | sam.okafor@example.com     | privileged admin: role admin, member of prod-admins          |
 * | priya.raman@example.com    | production owner                                             |
 * | tom.becker@example.com     | recent privilege escalation (36 hours before `now`)          |
 * | break-glass@example.com    | break-glass account (userType BreakGlass, admin, prod-admins)|
 * | svc-deploy@example.com     | service account (userType Service)                           |
 * | ceo@example.com            | executive                                                    |
 * | hr.ops@example.com         | HR requester                                                 |
 * | alice.nguyen@example.com   | security team (approver)                                     |
 * | ben.kowalski@example.com   | security team (approver)                                     |
 * | marcus.bell@example.com    | HRIS still lists as active (HRIS disagreement)               |
 * | lena.fischer@example.com   | contractor (no HRIS record)                                  |
 * | omar.haddad@example.com    | already deactivated (HRIS terminated)                        |
 * | + 7 ordinary employees     | finance, design, data, support, marketing, legal, sales      |
 *
 * Ids are derived from the userName / group name, so they are stable across runs.
 */

const DAY_MS = 86_400_000;

/** A stable UUID-shaped id (not an RFC 4122 UUID) derived from a name. */
function stableId(kind: string, name: string): string {
  const h = createHash("sha256").update(`offboard-seed:${kind}:${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const LICENCES: Record<string, string> = {
  "m365-e3": "Microsoft 365 E3",
  "m365-e5": "Microsoft 365 E5",
  "github-enterprise": "GitHub Enterprise seat",
  "slack-pro": "Slack Pro",
  salesforce: "Salesforce Sales Cloud",
  netsuite: "NetSuite",
  figma: "Figma Professional",
  zoom: "Zoom Business",
  pagerduty: "PagerDuty",
  docusign: "DocuSign",
};

interface Person {
  email: string;
  given: string;
  family: string;
  title: string;
  type?: UserRecord["userType"];
  active?: boolean;
  roles?: string[];
  licences: string[];
  groups: string[];
  sessions: number;
  productionOwner?: boolean;
  /** Escalations as offsets before `now`, in hours. */
  escalatedHoursAgo?: number[];
  hiredDaysAgo: number;
}

const PEOPLE: Person[] = [
  { email: "dana.reyes@example.com", given: "Dana", family: "Reyes", title: "Senior Accountant", licences: ["m365-e3", "slack-pro", "netsuite", "zoom"], groups: ["all-staff", "finance"], sessions: 3, hiredDaysAgo: 1210 },
  { email: "sam.okafor@example.com", given: "Sam", family: "Okafor", title: "Staff Site Reliability Engineer", roles: ["admin", "developer"], licences: ["m365-e5", "slack-pro", "github-enterprise", "pagerduty"], groups: ["all-staff", "engineering", "prod-admins"], sessions: 2, escalatedHoursAgo: [24 * 400], hiredDaysAgo: 2100 },
  { email: "priya.raman@example.com", given: "Priya", family: "Raman", title: "Engineering Manager, Payments", roles: ["developer"], licences: ["m365-e3", "slack-pro", "github-enterprise", "pagerduty"], groups: ["all-staff", "engineering"], sessions: 4, productionOwner: true, hiredDaysAgo: 1650 },
  { email: "tom.becker@example.com", given: "Tom", family: "Becker", title: "Backend Engineer", roles: ["developer", "deploy-approver"], licences: ["m365-e3", "slack-pro", "github-enterprise"], groups: ["all-staff", "engineering"], sessions: 1, escalatedHoursAgo: [36], hiredDaysAgo: 540 },
  { email: "break-glass@example.com", given: "Break", family: "Glass", title: "Emergency access account", type: "BreakGlass", roles: ["admin"], licences: [], groups: ["prod-admins"], sessions: 0, hiredDaysAgo: 2400 },
  { email: "svc-deploy@example.com", given: "Deploy", family: "Service", title: "CI/CD deployment service account", type: "Service", roles: ["deployer"], licences: [], groups: ["ci-deployers"], sessions: 0, hiredDaysAgo: 900 },
  { email: "ceo@example.com", given: "Grace", family: "Whitfield", title: "Chief Executive Officer", roles: ["executive"], licences: ["m365-e5", "slack-pro", "zoom", "docusign"], groups: ["all-staff", "executives"], sessions: 5, hiredDaysAgo: 3000 },
  { email: "hr.ops@example.com", given: "Hannah", family: "Lindqvist", title: "HR Operations Partner", roles: ["hr-requester"], licences: ["m365-e3", "slack-pro", "docusign"], groups: ["all-staff", "people-ops"], sessions: 2, hiredDaysAgo: 800 },
  { email: "alice.nguyen@example.com", given: "Alice", family: "Nguyen", title: "Security Engineer", roles: ["security-reviewer"], licences: ["m365-e5", "slack-pro", "github-enterprise"], groups: ["all-staff", "security"], sessions: 2, hiredDaysAgo: 1100 },
  { email: "ben.kowalski@example.com", given: "Ben", family: "Kowalski", title: "Security Lead", roles: ["security-reviewer"], licences: ["m365-e5", "slack-pro", "github-enterprise", "pagerduty"], groups: ["all-staff", "security"], sessions: 1, hiredDaysAgo: 1900 },
  { email: "marcus.bell@example.com", given: "Marcus", family: "Bell", title: "Account Executive", licences: ["m365-e3", "slack-pro", "salesforce"], groups: ["all-staff", "sales"], sessions: 2, hiredDaysAgo: 430 },
  { email: "lena.fischer@example.com", given: "Lena", family: "Fischer", title: "Contract Frontend Developer", type: "Contractor", roles: ["developer"], licences: ["slack-pro", "github-enterprise", "figma"], groups: ["engineering"], sessions: 1, hiredDaysAgo: 120 },
  { email: "omar.haddad@example.com", given: "Omar", family: "Haddad", title: "Support Specialist", active: false, licences: [], groups: [], sessions: 0, hiredDaysAgo: 700 },
  { email: "noah.schmidt@example.com", given: "Noah", family: "Schmidt", title: "Financial Analyst", licences: ["m365-e3", "slack-pro", "netsuite"], groups: ["all-staff", "finance"], sessions: 1, hiredDaysAgo: 610 },
  { email: "jia.li@example.com", given: "Jia", family: "Li", title: "Product Designer", licences: ["m365-e3", "slack-pro", "figma"], groups: ["all-staff", "design"], sessions: 2, hiredDaysAgo: 350 },
  { email: "fatima.zahra@example.com", given: "Fatima", family: "Zahra", title: "Data Engineer", roles: ["developer"], licences: ["m365-e3", "slack-pro", "github-enterprise"], groups: ["all-staff", "engineering"], sessions: 1, hiredDaysAgo: 980 },
  { email: "kenji.watanabe@example.com", given: "Kenji", family: "Watanabe", title: "Customer Support Lead", licences: ["m365-e3", "slack-pro", "zoom"], groups: ["all-staff", "support"], sessions: 3, hiredDaysAgo: 1400 },
  { email: "olivia.brown@example.com", given: "Olivia", family: "Brown", title: "Marketing Manager", licences: ["m365-e3", "slack-pro", "figma"], groups: ["all-staff", "marketing"], sessions: 1, hiredDaysAgo: 760 },
  { email: "chloe.martin@example.com", given: "Chloe", family: "Martin", title: "Corporate Counsel", licences: ["m365-e5", "slack-pro", "docusign"], groups: ["all-staff", "legal"], sessions: 1, hiredDaysAgo: 1300 },
  { email: "diego.alvarez@example.com", given: "Diego", family: "Alvarez", title: "Sales Development Representative", licences: ["m365-e3", "slack-pro", "salesforce"], groups: ["all-staff", "sales"], sessions: 2, hiredDaysAgo: 200 },
];

const GROUPS = [
  "all-staff", "engineering", "finance", "prod-admins", "security", "people-ops", "executives",
  "sales", "marketing", "legal", "support", "design", "ci-deployers",
];

function toUser(p: Person, now: number): UserRecord {
  const created = new Date(now - p.hiredDaysAgo * DAY_MS).toISOString();
  return {
    id: stableId("user", p.email),
    userName: p.email,
    name: { givenName: p.given, familyName: p.family, formatted: `${p.given} ${p.family}` },
    displayName: `${p.given} ${p.family}`,
    title: p.title,
    userType: p.type ?? "Employee",
    active: p.active ?? true,
    emails: [{ value: p.email, type: "work", primary: true }],
    roles: (p.roles ?? []).map((value) => ({ value })),
    entitlements: p.licences.map((value) => ({ value, display: LICENCES[value] ?? value, type: "licence" })),
    sessions: p.sessions,
    productionOwner: p.productionOwner ?? false,
    escalations: (p.escalatedHoursAgo ?? []).map((h) => Math.floor((now - h * 3_600_000) / 1000)).sort((a, b) => a - b),
    created,
    lastModified: created,
  };
}

/** The seeded directory as of `now` (Unix ms): escalation times and dates are relative to it. */
export function seedDirectoryState(now: number): DirectoryState {
  const users = PEOPLE.map((p) => toUser(p, now));
  const created = new Date(now - 3000 * DAY_MS).toISOString();
  const groups: GroupRecord[] = GROUPS.map((name) => ({
    id: stableId("group", name),
    displayName: name,
    members: PEOPLE.filter((p) => p.groups.includes(name)).map((p) => stableId("user", p.email)),
    created,
    lastModified: created,
  }));
  return { version: 1, users, groups };
}
