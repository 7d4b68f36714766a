import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { commons } from './support.js';

/** Three sections with the same kind of finding ("shall") in each, and no ethos (a finding on the act itself). */
function act(sectionTwo: string): string {
    return `act "Allotments Act" {
  actor council: local-authority "the council"

  section 1 "Sites" {
    (1) "The [council] shall keep a list of allotment sites."
  }

  section 2 "Rents" {
${sectionTwo}
  }

  section 3 "Waiting lists" {
    (1) "The [council] shall publish its waiting list."
  }
}
`;
}

const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Commons Test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
        { cwd, stdio: 'pipe' }).toString();

const repo = fixtureFolder({ 'drafts/allotments.commons': act('    (1) "The [council] shall set fair rents."'), 'drafts/other.commons': act('    (1) "The [council] shall set fair rents."') });
const notARepo = fixtureFolder({ 'a.commons': act('') });
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'First draft');
    // Change one section and commit; then an uncommitted change to the other file's section 3.
    writeFileSync(join(repo, 'drafts/allotments.commons'), act('    (1) "The [council] shall set fair rents, and shall review them every year."\n    (2) "Rents are set in pounds."'));
    git(repo, 'commit', '-q', '-am', 'Rents');
    writeFileSync(join(repo, 'drafts/other.commons'), act('    (1) "The [council] shall set fair rents."').replace('its waiting list', 'its waiting list each month'));
    const [everything, changed, nothingSince, notRepo, badRef] = await Promise.all([
        commons(['lint', 'drafts', '--format', 'json'], { cwd: repo }),
        commons(['lint', 'drafts', '--changed-since', 'HEAD~1', '--format', 'json'], { cwd: repo }),
        commons(['lint', 'drafts/allotments.commons', '--changed-since', 'HEAD'], { cwd: repo }),
        commons(['lint', '.', '--changed-since', 'main'], { cwd: notARepo }),
        commons(['lint', 'drafts', '--changed-since', 'no-such-branch'], { cwd: repo })
    ]);
    Object.assign(runs, { everything, changed, nothingSince, notRepo, badRef });
});

describe('commons lint --changed-since', () => {
    it('reports only findings in provisions changed since the ref, committed or not', () => {
        const report = JSON.parse(runs.changed.stdout);
        const found = report.files.flatMap((file: { path: string; problems: Array<{ ruleId: string; line: number; citation: string }> }) =>
            file.problems.map((problem) => `${file.path} ${problem.citation} ${problem.ruleId}`));
        // Every finding shown lies in section 2 of the committed change or section 3 of the uncommitted one.
        expect(found.every((line: string) => /^drafts\/allotments\.commons section 2\(|^drafts\/other\.commons section 3\(/.test(line))).toBe(true);
        expect(found.filter((line: string) => line.endsWith('drafting/shall'))).toEqual([
            'drafts/allotments.commons section 2(1) drafting/shall',
            'drafts/allotments.commons section 2(1) drafting/shall',
            'drafts/other.commons section 3(1) drafting/shall'
        ]);
        // The findings outside them (such as the "shall"s of the other sections and each act's missing ethos) are counted, not shown.
        const all = JSON.parse(runs.everything.stdout);
        const hidden = all.summary.problems - report.summary.problems;
        expect(all.files[0].problems.filter((problem: { ruleId: string }) => problem.ruleId === 'drafting/shall')).toHaveLength(4);
        expect(hidden).toBeGreaterThanOrEqual(6);
        expect(report.notes).toEqual([`${hidden} findings in provisions not changed since HEAD~1 are not shown.`]);
        expect(runs.changed.status).toBe(1); // the changed rent clause keeps the decision with the council: an error
    });

    it('reports nothing when nothing changed since the ref', () => {
        expect(runs.nothingSince.status).toBe(0);
        expect(runs.nothingSince.stdout).toContain('✔ 1 file checked: no problems.');
    });

    it('exits 2 with a plain message outside a git repository or for a ref that does not exist', () => {
        expect(runs.notRepo.status).toBe(2);
        expect(runs.notRepo.stderr).toContain('is not inside a git repository');
        expect(runs.badRef.status).toBe(2);
        expect(runs.badRef.stderr).toContain('"no-such-branch" is not a commit in this repository');
        expect(runs.badRef.stdout).toBe('');
    });
});
