import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder } from '../helpers/cli.js';
import { commons } from './support.js';

/**
 * A .gitignore is configuration: one above the workspace is not read, and one that is a pipe is
 * never opened (reading it would hang the run).
 */
const DRAFT = 'act "Parks Act" {\n  ethos "Parks belong to the people who use them."\n  section 1 { (1) "The council must keep each park open." }\n}\n';

describe('commons lint and .gitignore files', () => {
    it('does not let a .gitignore above the workspace leave drafts out', async () => {
        const outside = fixtureFolder({ '.gitignore': '*.commons\n' });
        const root = join(outside, 'workspace');
        mkdirSync(root);
        writeFileSync(join(root, 'parks.commons'), DRAFT);
        const run = await commons(['lint', '--format', 'json'], { cwd: root });
        expect(run.stderr).toBe('');
        const report = JSON.parse(run.stdout) as { files: { path: string }[] };
        expect(report.files.map((file) => file.path)).toEqual(['parks.commons']);
    });

    it('still honours a .gitignore inside the workspace', async () => {
        const root = fixtureFolder({ '.gitignore': 'drafts/old.commons\n', 'drafts/old.commons': DRAFT, 'drafts/new.commons': DRAFT });
        const run = await commons(['lint', '--format', 'json'], { cwd: root });
        const report = JSON.parse(run.stdout) as { files: { path: string }[] };
        expect(report.files.map((file) => file.path)).toEqual(['drafts/new.commons']);
    });

    it('does not open a .gitignore that is a pipe, and finishes', async () => {
        const root = fixtureFolder({ 'parks.commons': DRAFT });
        execFileSync('mkfifo', [join(root, '.gitignore')]);
        const run = await commons(['lint', '--format', 'json'], { cwd: root });
        const report = JSON.parse(run.stdout) as { files: { path: string }[] };
        expect(report.files.map((file) => file.path)).toEqual(['parks.commons']);
    }, 30_000);
});
