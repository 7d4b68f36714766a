import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder } from '../helpers/cli.js';
import { WEAK_DRAFT, commons, ruleIdsByFile } from './support.js';

// Windows line endings and a byte order mark, so "every other byte" is really tested.
const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WEAK_DRAFT.replace(/\n/g, '\r\n'))]);
// What --fix may change: the two "shall"s and "his". The fixes marked for review (add an ethos,
// raise the participation level) must not be applied.
const expected = Buffer.from(original.toString('utf8')
    .replace('The [minister] shall publish', 'The [minister] must publish')
    .replace('and his decision', 'and their decision')
    .replace('The [minister] shall report', 'The [minister] must report'));

describe('commons lint --fix and --fix-dry-run', () => {
    it('--fix-dry-run prints the safe fixes as a unified diff and writes nothing', async () => {
        const folder = fixtureFolder({ 'weak.commons': original });
        const run = await commons(['lint', 'weak.commons', '--fix-dry-run'], { cwd: folder });
        expect(run.status).toBe(1); // the error that no safe fix can remove is still there
        expect(run.stdout).toContain('--- a/weak.commons\n+++ b/weak.commons\n');
        expect(run.stdout).toContain('-    (1) "The [minister] shall publish a plan for each park, and his decision is final."\r\n'
            + '+    (1) "The [minister] must publish a plan for each park, and their decision is final."\r\n');
        expect(run.stdout).toContain('+    (1) "The [minister] must report on the plans every year."');
        expect(run.stdout).not.toContain('collaborate');
        expect(run.stderr).toBe('commons: --fix would fix 3 problems in 1 file; 2 problems would remain. Nothing was written.\n');
        expect(readFileSync(join(folder, 'weak.commons')).equals(original)).toBe(true);
    });

    it('--fix applies only the safe fixes, keeps every other byte, and a second run changes nothing', async () => {
        const folder = fixtureFolder({ 'weak.commons': original });
        const first = await commons(['lint', 'weak.commons', '--fix', '--format', 'json'], { cwd: folder });
        expect(first.status).toBe(1);
        expect(readFileSync(join(folder, 'weak.commons')).equals(expected)).toBe(true);
        // The report describes the fixed draft: the fixed findings are gone, the rest remain.
        expect(ruleIdsByFile(first.stdout)).toEqual({ 'weak.commons': ['ethos/missing-ethos', 'community/institution-decides'] });
        expect(JSON.parse(first.stdout).notes).toEqual(['Fixed 3 problems in 1 file.']);

        const second = await commons(['lint', 'weak.commons', '--fix', '--format', 'json'], { cwd: folder });
        expect(readFileSync(join(folder, 'weak.commons')).equals(expected)).toBe(true);
        expect(ruleIdsByFile(second.stdout)).toEqual(ruleIdsByFile(first.stdout));
        expect(JSON.parse(second.stdout).notes).toEqual([]);
    });

    it('refuses --fix with --fix-dry-run, and --fix on standard input', async () => {
        const [both, stdin] = await Promise.all([
            commons(['lint', '--fix', '--fix-dry-run']),
            commons(['lint', '-', '--fix'], { input: WEAK_DRAFT })
        ]);
        expect(both.status).toBe(2);
        expect(both.stderr).toBe('commons: Use either --fix or --fix-dry-run, not both.\n');
        expect(stdin.status).toBe(2);
        expect(stdin.stderr).toContain('--fix cannot write back to standard input');
    });
});
