/** sha256 of bytes or text, as hex: the content hash of seeds and code files (Node only; the browser has src/hash.ts). */
import { createHash } from 'node:crypto';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
