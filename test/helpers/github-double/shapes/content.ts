import type { TreeEntry } from "../git-store.js";
import type { World } from "../world.js";

/** content-file / content-directory entry shape of one tree entry, at `ref`. */
export function contentEntryShape(world: World, entry: TreeEntry, ref: string): Record<string, unknown> {
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const kind = entry.type === "tree" ? "dir" : entry.type === "commit" ? "submodule" : entry.mode === "120000" ? "symlink" : "file";
  const name = entry.path.split("/").at(-1) ?? entry.path;
  const self = `${api}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`;
  const html = `${world.urls.api}/${world.owner}/${world.repo}/${entry.type === "tree" ? "tree" : "blob"}/${ref}/${entry.path}`;
  return {
    type: kind,
    size: entry.size,
    name,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: kind === "file" ? `${world.urls.api}/${world.owner}/${world.repo}/raw/${ref}/${entry.path}` : null,
    _links: { self, git, html },
  };
}

/** base64 the way GitHub sends file content: wrapped at 60 characters with "\n". */
export function githubBase64(content: Buffer): string {
  return (content.toString("base64").match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join("");
}
