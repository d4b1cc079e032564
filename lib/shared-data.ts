import { existsSync } from 'node:fs';
import path from 'node:path';

const REPOSITORY = path.resolve(import.meta.dirname, '..');

/**
 * The shared data folder (the seed article, labelled sentences, claim-matching data) is external
 * material that must not enter the repository, so it is read where it lives: `CLAIMDESK_DATA_DIR`
 * when set, else the nearest `shared/data` beside the repository or one of its parent folders
 * (a checkout may sit deeper than the workspace's own copy).
 */
export function sharedDataFolder(): string {
  const configured = process.env.CLAIMDESK_DATA_DIR;
  if (configured) return path.resolve(configured);
  for (let folder = path.dirname(REPOSITORY); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'shared', 'data');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) break;
  }
  throw new Error(
    `The shared data folder was not found beside ${REPOSITORY} (../shared/data). Set CLAIMDESK_DATA_DIR to the folder that holds anchorage-press-conference.txt.`,
  );
}

export const sharedDataPath = (...segments: string[]) => path.join(sharedDataFolder(), ...segments);
