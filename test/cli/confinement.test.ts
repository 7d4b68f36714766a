import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { commons } from './support.js';

/**
 * Drafts, imports and settings are read only inside the workspace (the current folder, or
 * --root), with links resolved first; pipes, devices and sockets are refused without being
 * opened; and no report prints text from a file that is not a draft.
 */
const SECRET = 'ghp_S3CR3TTOKENdoNotLeak';
const DRAFT = 'act "Parks Act" {\n  ethos "Parks belong to the people who use them."\n  section 1 { (1) "The council must keep each park open." }\n}\n';

// Outside the workspace: a token file, a draft, and a commons.json that would switch a rule off.
const outside = fixtureFolder({
    'token.txt': `${SECRET} more secret words\n`,
    'elsewhere.commons': 'definitions "Elsewhere" { actor council: local-authority "the council" }\n',
    'commons.json': '{ "rules": { "drafting/shall": "off" } }'
});
const root = join(outside, 'workspace');
mkdirSync(join(root, 'drafts'), { recursive: true });
writeFileSync(join(root, 'drafts/ok.commons'), DRAFT.replace('must keep', 'shall keep'));
writeFileSync(join(root, 'notes.txt'), `${SECRET} written in the workspace\n`);
symlinkSync(join(outside, 'token.txt'), join(root, 'drafts/leak.commons'));
symlinkSync(join(root, 'notes.txt'), join(root, 'drafts/notes.commons'));
writeFileSync(join(root, 'drafts/imports-outside.commons'), `import "../../elsewhere.commons"\n${DRAFT}`);
writeFileSync(join(root, 'drafts/imports-pipe.commons'), `import "./pipe.commons"\n${DRAFT}`);
execFileSync('mkfifo', [join(root, 'drafts/pipe.commons')]);

const runs: Record<string, CliRun> = {};

beforeAll(async () => {
    const [stylish, json, sarif, github, markdown, junit, rooted, linkedConfig] = await Promise.all([
        commons(['lint'], { cwd: root }),
        commons(['lint', '--format', 'json'], { cwd: root }),
        commons(['lint', '--format', 'sarif'], { cwd: root }),
        commons(['lint', '--format', 'github'], { cwd: root }),
        commons(['lint', '--format', 'markdown'], { cwd: root }),
        commons(['lint', '--format', 'junit'], { cwd: root }),
        // The same workspace named with --root from the folder above it, whose commons.json is not read.
        commons(['lint', 'workspace/drafts/ok.commons', '--root', 'workspace', '--format', 'json'], { cwd: outside }),
        commons(['lint', 'ok.commons', '--format', 'json'], { cwd: linkedConfigFolder() })
    ]);
    Object.assign(runs, { stylish, json, sarif, github, markdown, junit, rooted, linkedConfig });
}, 120_000);

/** A workspace whose commons.json is a link to the token file outside it. */
function linkedConfigFolder(): string {
    const folder = fixtureFolder({ 'ok.commons': DRAFT });
    symlinkSync(join(outside, 'token.txt'), join(folder, 'commons.json'));
    return folder;
}

interface JsonReport {
    files: Array<{ path: string; problems: Array<{ ruleId: string; line: number; message: string }> }>;
}

describe('reading only inside the workspace', () => {
    it('a .commons link to a secret file outside is not read, and no report prints the secret', () => {
        for (const [name, run] of Object.entries(runs)) expect(`${run.stdout}${run.stderr}`, name).not.toContain('S3CR3T');
        const report = JSON.parse(runs.json.stdout) as JsonReport;
        const leak = report.files.find((file) => file.path === 'drafts/leak.commons')!;
        expect(leak.problems).toEqual([expect.objectContaining({ ruleId: 'commons/outside-workspace' })]);
        expect(leak.problems[0].message).toContain('drafts/leak.commons is outside the workspace folder');
        expect(leak.problems[0].message).toContain('link');
    });

    it('a .commons link to a file in the workspace that is not a draft is refused too', () => {
        const report = JSON.parse(runs.json.stdout) as JsonReport;
        const notes = report.files.find((file) => file.path === 'drafts/notes.commons')!;
        expect(notes.problems).toEqual([expect.objectContaining({ ruleId: 'commons/unreadable-file' })]);
        expect(notes.problems[0].message).toContain('is a link to notes.txt, which is not a .commons draft');
    });

    it('an import outside the workspace is not read: the importing draft names it on the import line', () => {
        const report = JSON.parse(runs.json.stdout) as JsonReport;
        const importer = report.files.find((file) => file.path === 'drafts/imports-outside.commons')!;
        const finding = importer.problems.find((problem) => problem.ruleId === 'commons/outside-workspace')!;
        expect(finding.line).toBe(1);
        expect(finding.message).toContain('This draft imports "../../elsewhere.commons"');
        expect(importer.problems.map((problem) => problem.ruleId)).not.toContain('language/missing-import');
        expect(report.files.map((file) => file.path)).not.toContain('../elsewhere.commons');
    });

    it('a pipe, named or imported, is refused without being opened (the run does not hang)', () => {
        const report = JSON.parse(runs.json.stdout) as JsonReport;
        const pipe = report.files.find((file) => file.path === 'drafts/pipe.commons')!;
        expect(pipe.problems[0].message).toContain('is not a regular file (it is a pipe, a device or a socket)');
        const importer = report.files.find((file) => file.path === 'drafts/imports-pipe.commons')!;
        expect(importer.problems.find((problem) => problem.ruleId === 'commons/unreadable-file')?.message).toContain('This draft imports "./pipe.commons"');
    });

    it('every readable draft is still checked, and the exit code is 2', () => {
        for (const [name, run] of Object.entries(runs)) {
            if (name === 'rooted' || name === 'linkedConfig') continue;
            expect(run.status, name).toBe(2);
        }
        const report = JSON.parse(runs.json.stdout) as JsonReport;
        expect(report.files.find((file) => file.path === 'drafts/ok.commons')!.problems.map((problem) => problem.ruleId)).toContain('drafting/shall');
    });

    it('a commons.json above the workspace is not read (--root)', () => {
        expect(runs.rooted.status, runs.rooted.stderr).toBe(0);
        const report = JSON.parse(runs.rooted.stdout) as JsonReport;
        // The commons.json in the folder above turns drafting/shall off; inside the workspace it is on.
        expect(report.files[0].problems.map((problem) => problem.ruleId)).toContain('drafting/shall');
    });

    it('a commons.json that links out of the workspace stops the run, naming it, without printing what it holds', () => {
        expect(runs.linkedConfig.status).toBe(2);
        expect(runs.linkedConfig.stderr).toContain('commons.json is outside the workspace folder');
        expect(runs.linkedConfig.stdout).toBe('');
    });
});
