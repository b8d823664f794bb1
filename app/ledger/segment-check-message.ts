import type { SegmentCheck } from "./check-segment.js";

/**
 * A SegmentCheck as a worker thread posts it: the hashes as one string and the kids and types as
 * indexes into the few names they repeat. Cloning 768 small strings per segment cost more CPU than
 * the segment's structural checks; one string and two small arrays cost a fraction of that.
 */
export interface SegmentCheckMessage extends Omit<SegmentCheck, "hashes" | "kids" | "types"> {
  hashes: string;
  names: string[];
  kids: Uint16Array;
  types: Uint16Array;
}

export function packSegmentCheck(check: SegmentCheck): SegmentCheckMessage {
  const names: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (name: string) => {
    let i = index.get(name);
    if (i === undefined) index.set(name, (i = names.push(name) - 1));
    return i;
  };
  return { ...check, hashes: check.hashes.join(""), names, kids: Uint16Array.from(check.kids, indexOf), types: Uint16Array.from(check.types, indexOf) };
}

export function unpackSegmentCheck(message: SegmentCheckMessage): SegmentCheck {
  const { names } = message;
  const hashes = Array.from({ length: message.count }, (_, i) => message.hashes.slice(64 * i, 64 * i + 64));
  return { ...message, hashes, kids: Array.from(message.kids, (i) => names[i]!), types: Array.from(message.types, (i) => names[i]!) };
}
