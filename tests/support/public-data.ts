import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real public data the tests read, kept inside the repository (tests/fixtures/public-data/, its README names
 * the sources), so that a clone with nothing beside it passes `npm test`.
 */
export function publicData(name: string): string {
  return resolve(fileURLToPath(new URL('../fixtures/public-data', import.meta.url)), name);
}
