import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * A file of the reference data beside the repository (`shared/data`, outside it): SHARED_DATA_DIR when set,
 * otherwise the first `shared/data` found going up from the repository root (`../shared/data` for the main
 * checkout, further up for a worktree). Throws, naming where it looked, when there is none.
 */
export function sharedDataFile(...segments: string[]): string {
  const root = resolve(__dirname, '../../../../..');
  const candidates: string[] = process.env['SHARED_DATA_DIR']
    ? [resolve(process.env['SHARED_DATA_DIR'])]
    : [];
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    candidates.push(join(dir, 'shared', 'data'));
    if (dirname(dir) === dir) break;
  }
  const found = candidates.map((c) => join(c, ...segments)).find((f) => existsSync(f));
  if (!found)
    throw new Error(`${join(...segments)} not found in ${candidates.join(', ')} (set SHARED_DATA_DIR)`);
  return found;
}
