/** Content hashes for cache keys. */
import { createHash } from 'node:crypto';

export { sha256 } from '../sha256.ts';

/** A cheaper digest for large, frequent keys (page view models); collisions are not a security concern here. */
export function digest(data: string): string {
  return createHash('sha1').update(data).digest('base64');
}
