import { spawn } from "node:child_process";

export interface CommandResult {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  /** Written to the process's stdin, which is then closed. */
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Runs a program to completion and collects its output. Injected wherever the policy code runs
 * `opa`, so tests can count or fake invocations. Rejects only when the program cannot be
 * started (the error's `code` is then e.g. `ENOENT`); a non-zero exit is a normal result.
 */
export type CommandRunner = (file: string, args: readonly string[], options?: CommandOptions) => Promise<CommandResult>;

export const runCommand: CommandRunner = (file, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }),
    );
    // A child that exits before reading its stdin makes the write fail with EPIPE; the exit code says enough.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
