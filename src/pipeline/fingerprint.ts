/** Content hashes for cache keys. */
import { createHash } from 'node:crypto';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A cheaper digest for large, frequent keys (page view models); collisions are not a security concern here. */
export function digest(data: string): string {
  return createHash('sha1').update(data).digest('base64');
}
