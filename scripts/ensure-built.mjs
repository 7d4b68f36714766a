// Makes `npm start` and `npm test` work on a fresh clone: installs dependencies when they are
// missing or older than the lockfile, then builds (tsc -b is incremental and the bundles are
// remade only when stale, so this is quick when nothing changed). Uses only Node built-ins,
// because it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command) => execSync(command, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const mtime = (path) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : 0);

const installedMarker = 'node_modules/.package-lock.json';
if (!existsSync(join(root, installedMarker)) || mtime('package-lock.json') > mtime(installedMarker)) {
    console.error('Installing dependencies (first run only)...');
    run('npm ci --no-audit --no-fund');
}
run('npx tsc -b');
// Both bins run their bundle, not out/, so each must follow every change tsc just compiled.
run('node packages/cli/build.mjs --if-stale');
run('node packages/language-server/build.mjs --if-stale');
