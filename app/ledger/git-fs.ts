import { smallFilePromises as fsp } from "./small-files.js";

/** What a probe without a path gets: made once, so probing costs no new error and stack trace. */
const NO_PATH = Object.freeze(new TypeError("readFile: no path given"));

/**
 * The `fs` the ledger hands isomorphic-git for reading. isomorphic-git wraps the `fs` it is given
 * on every call, and to tell promise filesystems from callback ones it calls `readFile()` with no
 * path, twice; Node answers with a fresh ERR_INVALID_ARG_TYPE error and its stack trace each time,
 * which cost several percent of the executor's CPU. Here that probe gets a ready-made rejection;
 * every real call goes to the synchronous file calls of small-files.ts.
 */
export const gitFs = {
  promises: {
    ...fsp,
    readFile: ((path: string | undefined, options?: Parameters<typeof fsp.readFile>[1]) =>
      path === undefined ? Promise.reject(NO_PATH) : fsp.readFile(path, options)) as typeof fsp.readFile,
  },
};
