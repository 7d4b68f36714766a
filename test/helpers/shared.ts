import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repositoryRoot = resolve(import.meta.dirname, '../..');

/**
 * The shared folder (corpus, schemas) that sits beside the project in CI and on developer
 * machines. COMMONS_SHARED overrides; a clone made elsewhere (mktemp) falls back to the
 * workplace's copy.
 */
export function sharedFolder(): string {
    const candidates = [process.env.COMMONS_SHARED, join(repositoryRoot, '..', 'shared'), '/work/shared'].filter(Boolean) as string[];
    const found = candidates.find((candidate) => existsSync(join(candidate, 'corpus', 'real-clauses.json')));
    if (!found) throw new Error(`Cannot find the shared folder (looked in ${candidates.join(', ')}). Set COMMONS_SHARED to its path.`);
    return found;
}

export function sharedFile(...path: string[]): string {
    return join(sharedFolder(), ...path);
}
