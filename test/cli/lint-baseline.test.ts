import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { WEAK_DRAFT, commons } from './support.js';

const shifted = `// Renumbered after the committee stage.\n\n\n${WEAK_DRAFT.replace('  section 2 "Reports" {', '\n  // Reports\n  section 2 "Reports" {')}`;
const withNewProblem = WEAK_DRAFT.replace(
    '    (1) "The [minister] shall report on the plans every year."',
    '    (1) "The [minister] shall report on the plans every year."\n    (2) "The report shall be laid before Parliament by him."'
);

const written = fixtureFolder({ 'drafts/parks.commons': WEAK_DRAFT });
const runs: Record<string, CliRun> = {};
let baseline: { version: number; findings: Array<{ fingerprint: string; rule: string; file: string; citation: string; excerpt: string }> };

beforeAll(async () => {
    runs.write = await commons(['lint', 'drafts', '--write-baseline', 'commons-baseline.json'], { cwd: written });
    const baselineText = readFileSync(join(written, 'commons-baseline.json'), 'utf8');
    baseline = JSON.parse(baselineText);
    // Each later run gets its own copy of the project, with the baseline as written.
    const project = (draft: string) => fixtureFolder({ 'drafts/parks.commons': draft, 'commons-baseline.json': baselineText });
    const [unchanged, moved, added, missing, broken] = await Promise.all([
        commons(['lint', 'drafts', '--baseline', 'commons-baseline.json'], { cwd: project(WEAK_DRAFT) }),
        commons(['lint', 'drafts', '--baseline', 'commons-baseline.json'], { cwd: project(shifted) }),
        commons(['lint', 'drafts', '--baseline', 'commons-baseline.json', '--format', 'json'], { cwd: project(withNewProblem) }),
        commons(['lint', 'drafts', '--baseline', 'nowhere.json'], { cwd: project(WEAK_DRAFT) }),
        commons(['lint', 'drafts', '--baseline', 'drafts/parks.commons'], { cwd: project(WEAK_DRAFT) })
    ]);
    Object.assign(runs, { unchanged, moved, added, missing, broken });
});

describe('commons lint baselines', () => {
    it('--write-baseline records every finding with a stable fingerprint, and reports none', () => {
        expect(runs.write.status).toBe(0);
        expect(runs.write.stdout).toContain('✔ 1 file checked: no problems.');
        expect(runs.write.stdout).toContain('Recorded 5 findings in commons-baseline.json. Run with --baseline commons-baseline.json to see only new ones.');
        expect(baseline.version).toBe(1);
        expect(baseline.findings).toHaveLength(5);
        expect(baseline.findings).toContainEqual(expect.objectContaining({ rule: 'drafting/shall', file: 'drafts/parks.commons', citation: 'section 2(1)', excerpt: 'shall' }));
        expect(baseline.findings.every((finding) => /^[0-9a-f]{32}$/.test(finding.fingerprint))).toBe(true);
    });

    it('--baseline reports nothing new for the same draft', () => {
        expect(runs.unchanged.status).toBe(0);
        expect(runs.unchanged.stdout).toContain('✔ 1 file checked: no problems.');
        expect(runs.unchanged.stdout).toContain('5 findings recorded in commons-baseline.json are not shown.');
    });

    it('keeps recognising findings when lines move', () => {
        expect(runs.moved.status).toBe(0);
        expect(runs.moved.stdout).toContain('✔ 1 file checked: no problems.');
    });

    it('reports only the new problem', () => {
        const report = JSON.parse(runs.added.stdout);
        const problems = report.files[0].problems as Array<{ ruleId: string; citation: string; line: number }>;
        expect(problems.length).toBeGreaterThan(0);
        expect(problems.every((problem) => problem.citation === 'section 2(2)' && problem.line === 12)).toBe(true);
        expect(problems.map((problem) => problem.ruleId)).toEqual(expect.arrayContaining(['drafting/shall', 'drafting/gendered-pronoun']));
        expect(report.notes).toEqual(['5 findings recorded in commons-baseline.json are not shown.']);
    });

    it('exits 2 for a baseline that is missing or is not a baseline', () => {
        expect(runs.missing.status).toBe(2);
        expect(runs.missing.stderr).toBe('commons: Cannot read the baseline nowhere.json. Check the path, or create it with --write-baseline nowhere.json.\n');
        expect(runs.broken.status).toBe(2);
        expect(runs.broken.stderr).toContain('The baseline drafts/parks.commons is not valid JSON.');
    });
});

describe('a baseline written from another folder', () => {
    it('uses paths relative to the baseline file, so CI can run from anywhere', async () => {
        const folder = fixtureFolder({ 'project/drafts/parks.commons': WEAK_DRAFT });
        writeFileSync(join(folder, 'project/commons-baseline.json'), readFileSync(join(written, 'commons-baseline.json')));
        const run = await commons(['lint', 'project/drafts', '--baseline', 'project/commons-baseline.json'], { cwd: folder });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('5 findings recorded in project/commons-baseline.json are not shown.');
    });
});
