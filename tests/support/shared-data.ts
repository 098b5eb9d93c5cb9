import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real public data lives in `../shared/data/` beside the repository (on developer machines and in CI alike);
 * TINHGON_SHARED_DATA overrides the folder.
 */
export function sharedData(name: string): string {
  return resolve(
    process.env['TINHGON_SHARED_DATA'] ?? fileURLToPath(new URL('../../../shared/data', import.meta.url)),
    name,
  );
}
