/**
 * Zeroed Int32Arrays for a scan's short-lived, short tables, carved out of a shared pool (as Node
 * pools small Buffers): a typed array over 64 bytes is allocated outside the heap, which costs a
 * short text more than the work the table serves; a view of a pool does not. A pool lives until
 * no view of it does; long arrays get their own.
 */
const POOL_INTS = 1 << 16;
let pool = new Int32Array(POOL_INTS);
let pooled = 0;

export function pooledInt32Array(length: number): Int32Array {
  if (length > POOL_INTS >> 4) return new Int32Array(length);
  if (pooled + length > POOL_INTS) {
    pool = new Int32Array(POOL_INTS);
    pooled = 0;
  }
  const view = pool.subarray(pooled, pooled + length);
  pooled += length;
  return view;
}
