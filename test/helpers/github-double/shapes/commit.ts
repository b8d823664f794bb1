import type { GitIdentity } from "../git-store.js";
import { isoTime, type World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";
import { userShape } from "./user.js";

const NOREPLY = /^(\d+)\+(.+)@users\.noreply\.example\.com$/;

function gitUser(identity: GitIdentity): Record<string, unknown> {
  return { name: identity.name, email: identity.email, date: isoTime(identity.date * 1000) };
}

/** The GitHub account of a commit identity, when it is one of the double's noreply addresses. */
function accountOf(world: World, identity: GitIdentity): Record<string, unknown> | null {
  const login = NOREPLY.exec(identity.email)?.[2];
  return login ? userShape(world, login) : null;
}

/** git-commit shape (as in `commit` of PUT contents responses). */
export function gitCommitShape(world: World, sha: string): Record<string, unknown> {
  const info = world.store.commitInfo(sha);
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const html = `${world.urls.api}/${world.owner}/${world.repo}`;
  return {
    sha,
    node_id: nodeId("06:Commit", parseInt(sha.slice(0, 8), 16)),
    url: `${api}/git/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    author: gitUser(info.author),
    committer: gitUser(info.committer),
    message: info.message.replace(/\n$/, ""),
    tree: { url: `${api}/git/trees/${info.tree}`, sha: info.tree },
    parents: info.parents.map((p) => ({ url: `${api}/git/commits/${p}`, html_url: `${html}/commit/${p}`, sha: p })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

/** commit shape (as in GET branches/{branch}). */
export function commitShape(world: World, sha: string): Record<string, unknown> {
  const git = gitCommitShape(world, sha);
  const info = world.store.commitInfo(sha);
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const example = fromExample(world, "branch-get").commit as Record<string, unknown>;
  return {
    ...example,
    sha,
    node_id: git.node_id,
    commit: { author: git.author, committer: git.committer, message: git.message, tree: git.tree, url: git.url, comment_count: 0, verification: git.verification },
    url: `${api}/commits/${sha}`,
    html_url: git.html_url,
    comments_url: `${api}/commits/${sha}/comments`,
    author: accountOf(world, info.author),
    committer: accountOf(world, info.committer),
    parents: info.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${world.urls.api}/${world.owner}/${world.repo}/commit/${p}` })),
  };
}
