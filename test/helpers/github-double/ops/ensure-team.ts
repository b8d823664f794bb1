import { nextId, type TeamRecord, type World } from "../world.js";

/** GitHub's slug of a team name: lower case, runs of other characters than letters, digits, `_`, `-` become `-`. */
export function teamSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The team named `name` (looked up by its slug), created empty on first use. */
export function ensureTeam(world: World, name: string): TeamRecord {
  const slug = teamSlug(name);
  if (!slug) throw new Error(`ensureTeam: "${name}" has no letters or digits to make a slug of`);
  const known = world.state.teams.get(slug);
  if (known) return known;
  const team: TeamRecord = { id: nextId(world), slug, name, members: new Map() };
  world.state.teams.set(slug, team);
  return team;
}
