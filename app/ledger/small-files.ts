import fs from "node:fs";
import { promisify } from "node:util";

const fsp = fs.promises;

/**
 * The file calls of the ledger's write path (refs, lock files, loose objects, the local witness's
 * state), shaped like `fs.promises` but made synchronously. These files are small and local, so a
 * call takes a few microseconds; through `fs.promises` each one is a round trip to libuv's thread
 * pool, which measured 50-120 µs of executor time per call on the two-core machines this runs on
 * (open and close 62 µs against 4 µs; reading a small file 124 µs against 8 µs), and a group
 * commit makes about sixty of them. Errors still arrive as rejections, so callers read the same.
 * fsync stays asynchronous (`fsyncFd`): it waits on the disk, and the executor has other work.
 */
export const readFile = (async (path: string, options?: Parameters<typeof fs.readFileSync>[1]) => fs.readFileSync(path, options)) as unknown as typeof fsp.readFile;
export const writeFile = (async (path: string, data: string | Uint8Array, options?: fs.WriteFileOptions) => fs.writeFileSync(path, data, options)) as unknown as typeof fsp.writeFile;
export const rename = async (from: string, to: string): Promise<void> => fs.renameSync(from, to);
export const unlink = async (path: string): Promise<void> => fs.unlinkSync(path);
export const link = async (existing: string, name: string): Promise<void> => fs.linkSync(existing, name);
export const stat = async (path: string): Promise<fs.Stats> => fs.statSync(path);
export const mkdir = (async (path: string, options?: fs.MakeDirectoryOptions) => fs.mkdirSync(path, options)) as unknown as typeof fsp.mkdir;

/** The `fs.promises` shape isomorphic-git calls, made synchronously (see above). */
export const smallFilePromises = {
  ...fsp,
  readFile,
  writeFile,
  unlink,
  mkdir,
  stat,
  readdir: (async (path: string, options?: { withFileTypes?: false; encoding?: BufferEncoding }) => fs.readdirSync(path, options)) as unknown as typeof fsp.readdir,
  rmdir: async (path: string): Promise<void> => fs.rmdirSync(path),
  lstat: async (path: string): Promise<fs.Stats> => fs.lstatSync(path),
  readlink: (async (path: string, options?: Parameters<typeof fs.readlinkSync>[1]) => fs.readlinkSync(path, options)) as unknown as typeof fsp.readlink,
  symlink: async (target: string, path: string): Promise<void> => fs.symlinkSync(target, path),
  chmod: async (path: string, mode: fs.Mode): Promise<void> => fs.chmodSync(path, mode),
};

/** fsync of an open file descriptor, on the thread pool. */
export const fsyncFd = promisify(fs.fsync);

/**
 * Renames `from` over an existing file, on the thread pool. Replacing a file is not a small call:
 * ext4 journals the release of the replaced inode, measured at 140-170 µs here with nothing else
 * running and over a millisecond under other disk traffic, so it must not block the executor's
 * thread. (A rename to a new name, as for loose objects, costs about 20 µs and stays synchronous.)
 */
export const replaceFile = fsp.rename;
