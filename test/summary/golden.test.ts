import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runCommons } from '../helpers/cli.js';

/**
 * Golden files: `commons summarize examples` in every format, compared byte for byte with
 * test/summary/golden/. After an intended change, regenerate them with
 * `COMMONS_UPDATE_GOLDEN=1 npx vitest run test/summary/golden.test.ts` and review the diff.
 */
const goldenFolder = join(repositoryRoot, 'test/summary/golden');
const update = process.env.COMMONS_UPDATE_GOLDEN === '1';

function filesUnder(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    }).sort();
}

describe.each(['md', 'html', 'txt'])('summaries of the examples as %s', (format) => {
    it('match the golden files, one per example', () => {
        const out = mkdtempSync(join(tmpdir(), 'commons-summaries-'));
        const run = runCommons(['summarize', 'examples', '--format', format, '--output', out]);
        expect(run.status, run.stderr).toBe(0);
        const written = filesUnder(out).map((file) => relative(out, file));
        // Every example is summarised: the Community Power Act with its schedules and definitions as one.
        expect(written.length).toBe(16);
        expect(written).toContain(`community-power-act/community-power-act.${format}`);
        for (const name of written) {
            const actual = readFileSync(join(out, name), 'utf8');
            const golden = join(goldenFolder, name);
            if (update) {
                mkdirSync(dirname(golden), { recursive: true });
                writeFileSync(golden, actual);
            }
            expect(actual, `${name} differs from its golden file (see the comment at the top of this test)`).toBe(readFileSync(golden, 'utf8'));
        }
        const goldens = filesUnder(goldenFolder).map((file) => relative(goldenFolder, file)).filter((name) => name.endsWith(`.${format}`));
        expect(goldens).toEqual(written);
    });
});
