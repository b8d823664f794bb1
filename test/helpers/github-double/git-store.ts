import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { GitHubDoubleError } from "./errors.js";
import { gitBaseEnv, gitText, runGit } from "./run-git.js";

export interface TreeEntry {
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
  /** Bytes for blobs, 0 otherwise. */
  size: number;
  /** Full path from the repository root ("" for the root tree). */
  path: string;
}

export interface GitIdentity {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  date: number;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
}

export interface DiffEntry {
  path: string;
  status: "added" | "modified" | "removed";
  additions: number;
  deletions: number;
}

/** Read access to the bare repository the double serves (writes: git-write.ts). */
export interface GitStore {
  readonly gitDir: string;
  /** A commit sha for a branch name, `refs/...` name, tag or (abbreviated) sha; null when unknown. */
  resolveCommit(ref: string): string | null;
  branchSha(branch: string): string | null;
  entry(commit: string, path: string): TreeEntry | null;
  listTree(commit: string, dirPath: string): TreeEntry[];
  readBlob(sha: string): Buffer;
  readFile(ref: string, path: string): Buffer | null;
  commitInfo(sha: string): CommitInfo;
  /** refname -> sha for every ref. */
  refs(): Map<string, string>;
  mergeBase(a: string, b: string): string | null;
  /** `git diff base...head` (merge-base semantics), without rename detection. */
  diff(base: string, head: string): DiffEntry[];
  patch(base: string, head: string, path: string): string;
  /** `git rev-list --count base..head`. */
  countCommits(base: string, head: string): number;
}

const HEX40 = /^[0-9a-f]{40}$/;

/**
 * `git clone --bare` of `seedDir` into `<root>/<repo>.git`, with `main` set to the seed's HEAD
 * commit and receive-pack enabled for smart HTTP.
 */
export function createGitStore(seedDir: string, root: string, repo: string): GitStore {
  if (!existsSync(seedDir)) throw new GitHubDoubleError("INVALID_OPTIONS", `seedDir ${seedDir} does not exist`);
  const gitDir = join(root, `${repo}.git`);
  const clone = spawnSync("git", ["clone", "--bare", "--quiet", seedDir, gitDir], { env: gitBaseEnv() });
  if (clone.status !== 0) throw new GitHubDoubleError("GIT_FAILED", `git clone --bare ${seedDir} failed: ${clone.stderr.toString().trim()}`);
  const rev = spawnSync("git", ["-C", seedDir, "rev-parse", "HEAD"], { env: gitBaseEnv() });
  if (rev.status !== 0) throw new GitHubDoubleError("INVALID_OPTIONS", `seedDir ${seedDir} has no HEAD commit: ${rev.stderr.toString().trim()}`);
  const head = rev.stdout.toString("utf8").trim();
  runGit(gitDir, ["update-ref", "refs/heads/main", head]);
  runGit(gitDir, ["symbolic-ref", "HEAD", "refs/heads/main"]);
  runGit(gitDir, ["config", "http.receivepack", "true"]);
  return gitStoreAt(gitDir);
}

function parseIdentity(line: string): GitIdentity {
  const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
  if (!match) throw new GitHubDoubleError("GIT_FAILED", `unparseable identity line: ${line}`);
  return { name: match[1] ?? "", email: match[2] ?? "", date: Number(match[3]) };
}

function parseLsTree(out: Buffer, prefix: string): TreeEntry[] {
  return out
    .toString("utf8")
    .split("\0")
    .filter((line) => line.length > 0)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode = "", type = "", sha = "", size = "-"] = line.slice(0, tab).split(/ +/);
      const name = line.slice(tab + 1);
      return { mode, type: type as TreeEntry["type"], sha, size: size === "-" ? 0 : Number(size), path: prefix ? `${prefix}/${name}` : name };
    });
}

/** A GitStore over an existing bare repository. */
export function gitStoreAt(gitDir: string): GitStore {
  const quiet = (args: string[]): string | null => {
    const { status, stdout } = runGit(gitDir, args, { okStatuses: [0, 1, 128] });
    return status === 0 ? stdout.toString("utf8").trim() : null;
  };
  const resolveCommit = (ref: string): string | null => {
    const candidates = HEX40.test(ref) ? [ref] : ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, ref];
    for (const candidate of candidates) {
      const sha = quiet(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]);
      if (sha) return sha;
    }
    return null;
  };
  const entry = (commit: string, path: string): TreeEntry | null => {
    const clean = path.replace(/^\/+|\/+$/g, "");
    if (clean === "") return { mode: "040000", type: "tree", sha: gitText(gitDir, ["rev-parse", `${commit}^{tree}`]), size: 0, path: "" };
    // ls-tree of a commit prints paths from the root; of a tree sha (listTree) names relative to it.
    const found = parseLsTree(runGit(gitDir, ["ls-tree", "-l", "-z", commit, "--", clean]).stdout, "");
    return found.find((e) => e.path === clean) ?? null;
  };
  const store: GitStore = {
    gitDir,
    resolveCommit,
    branchSha: (branch) => quiet(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]),
    entry,
    listTree(commit, dirPath) {
      const dir = entry(commit, dirPath);
      if (!dir || dir.type !== "tree") return [];
      return parseLsTree(runGit(gitDir, ["ls-tree", "-l", "-z", dir.sha]).stdout, dir.path);
    },
    readBlob: (sha) => runGit(gitDir, ["cat-file", "blob", sha]).stdout,
    readFile(ref, path) {
      const commit = resolveCommit(ref);
      const found = commit ? entry(commit, path) : null;
      return found && found.type === "blob" ? store.readBlob(found.sha) : null;
    },
    commitInfo(sha) {
      const raw = runGit(gitDir, ["cat-file", "commit", sha]).stdout.toString("utf8");
      const split = raw.indexOf("\n\n");
      const headers = raw.slice(0, split).split("\n");
      const value = (key: string) => headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
      return {
        sha,
        tree: value("tree")[0] ?? "",
        parents: value("parent"),
        author: parseIdentity(value("author")[0] ?? ""),
        committer: parseIdentity(value("committer")[0] ?? ""),
        message: raw.slice(split + 2),
      };
    },
    refs() {
      const out = gitText(gitDir, ["for-each-ref", "--format=%(objectname) %(refname)"]);
      return new Map(
        out
          .split("\n")
          .filter(Boolean)
          .map((line) => [line.slice(41), line.slice(0, 40)] as const),
      );
    },
    mergeBase: (a, b) => quiet(["merge-base", a, b]),
    diff(base, head) {
      const range = `${base}...${head}`;
      const status = runGit(gitDir, ["diff", "--no-renames", "--name-status", "-z", range]).stdout.toString("utf8").split("\0");
      const numstat = runGit(gitDir, ["diff", "--no-renames", "--numstat", "-z", range]).stdout.toString("utf8").split("\0");
      const counts = new Map<string, { additions: number; deletions: number }>();
      for (const line of numstat.filter(Boolean)) {
        const [add = "0", del = "0", path = ""] = line.split("\t");
        counts.set(path, { additions: Number(add) || 0, deletions: Number(del) || 0 });
      }
      const entries: DiffEntry[] = [];
      for (let i = 0; i + 1 < status.length; i += 2) {
        const code = status[i] ?? "";
        const path = status[i + 1] ?? "";
        if (!code) continue;
        const kind = code.startsWith("A") ? "added" : code.startsWith("D") ? "removed" : "modified";
        entries.push({ path, status: kind, ...(counts.get(path) ?? { additions: 0, deletions: 0 }) });
      }
      return entries;
    },
    countCommits: (base, head) => Number(gitText(gitDir, ["rev-list", "--count", `${base}..${head}`])),
    patch(base, head, path) {
      const out = runGit(gitDir, ["diff", "--no-renames", `${base}...${head}`, "--", path]).stdout.toString("utf8");
      const hunk = out.indexOf("\n@@");
      return hunk === -1 ? "" : out.slice(hunk + 1).replace(/\n$/, "");
    },
  };
  return store;
}
