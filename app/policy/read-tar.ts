import { gunzipSync } from "node:zlib";

const BLOCK = 512;

/**
 * Reads the regular files of a gzipped tar archive (ustar, with PAX `path` and GNU long-name
 * records), as `opa build` writes bundles. Names are normalised without a leading `/` or `./`.
 * Small and dependency-free: bundles are a handful of files read once per build.
 */
export function readTarGz(archive: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(archive);
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new Error(`tar: bad header checksum at offset ${offset}`);
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length !== size) throw new Error(`tar: truncated entry at offset ${offset}`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;

    if (type === "x") {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = cString(body);
      continue;
    }
    const prefix = cString(header.subarray(345, 500));
    const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
    longName = undefined;
    if (type === "0" || type === "\0") files.set(name.replace(/^(\.\/|\/)+/, ""), Buffer.from(body));
  }
  return files;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString("utf8");
}

function parseOctal(bytes: Buffer): number {
  const text = cString(bytes).trim();
  if (!/^[0-7]*$/.test(text)) throw new Error(`tar: bad octal field '${text}'`);
  return text === "" ? 0 : parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return parseOctal(header.subarray(148, 156)) === sum;
}

function paxPath(body: Buffer): string | undefined {
  // Records: "<len> <key>=<value>\n"
  for (const record of body.toString("utf8").split("\n")) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}
