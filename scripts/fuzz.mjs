// `npm run fuzz`: the property-based tests of test/fuzz/ with a long budget. COMMONS_FUZZ_RUNS
// sets the cases per property (default 2000) and COMMONS_FUZZ_SEED the seed (default: a new one
// each run, printed so a failure can be replayed). `npm test` runs the same tests with a small
// fixed budget.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.COMMONS_FUZZ_RUNS ?? '2000';
const seed = process.env.COMMONS_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`Fuzzing with ${runs} cases per property, seed ${seed} (replay with COMMONS_FUZZ_SEED=${seed}).`);
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz', '--testTimeout=0', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, COMMONS_FUZZ_RUNS: runs, COMMONS_FUZZ_SEED: seed }
});
process.exit(run.status ?? 1);
