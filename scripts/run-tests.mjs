// Runs the test suite and ends with the one line CI reads: "N passed, N failed".
// Vitest prints its own report first; the JSON reporter gives the exact counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, '.test-results');
const resultsFile = join(resultsDir, 'vitest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(resultsFile, { force: true });

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' });

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    passed = results.numPassedTests ?? 0;
    failed = (results.numFailedTests ?? 0) + countFilesThatFailedWithoutAFailedTest(results);
} else {
    failed = 1;
}
// A file that fails to load counts as a failure even though none of its tests ran. Vitest's
// numFailedTestSuites also counts describe blocks, so it cannot be used to find these files.
function countFilesThatFailedWithoutAFailedTest(results) {
    return (results.testResults ?? []).filter((file) => file.status === 'failed' && !file.assertionResults?.some((t) => t.status === 'failed')).length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
