import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, runCommons } from '../helpers/cli.js';

const cleanDraft = `act "Clean Act" {
  status draft
  actor council: local-authority "the council"
  section 1 "Duty" { (1) "The [council] must publish its plan." }
}`;

describe('commons check', () => {
    it('exits 0 and says so when every draft is clean', () => {
        const folder = fixtureFolder({ 'drafts/clean.commons': cleanDraft, 'drafts/notes.txt': 'not a draft' });
        const run = runCommons(['check', 'drafts'], { cwd: folder });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('drafts/clean.commons');
        expect(run.stdout).toContain('act, draft: 1 actor, 1 section');
        expect(run.stdout.trim().split('\n').at(-1)).toBe('✔ 1 file checked: no problems.');
    });

    it('exits 1 and lists each problem with its line, column, message and id', () => {
        const folder = fixtureFolder({ 'bad.commons': 'act "Bad" {\n  section 1 { (1) "The [mayor] must act." }\n}' });
        const run = runCommons(['check', 'bad.commons'], { cwd: folder });
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/2:24\s+error\s+\[mayor\] is not a defined term.*language\/unresolved-reference/);
        expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 1 file.');
    });

    it('checks the files a draft imports, even when they were not named', () => {
        const folder = fixtureFolder({
            'act.commons': 'import "./defs.commons"\nact "A" { section 1 { "The [council] must act." } }',
            'defs.commons': 'definitions "D" { actor council: local-authority\n "term" means "[nothing]" }'
        });
        const run = runCommons(['check', 'act.commons'], { cwd: folder });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('defs.commons');
        expect(run.stdout).toContain('[nothing] is not a defined term');
    });

    it('exits 2 and names a path that does not exist', () => {
        const run = runCommons(['check', 'no-such-folder']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Cannot find no-such-folder');
        expect(run.stdout).toBe('');
    });

    it('exits 2 for a binary file and for a file that is not UTF-8, reporting the file', () => {
        const binary = fixtureFolder({ 'image.commons': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
        const binaryRun = runCommons(['check', 'image.commons'], { cwd: binary });
        expect(binaryRun.status).toBe(2);
        expect(binaryRun.stdout).toContain('image.commons looks like a binary file');
        expect(binaryRun.stdout).toContain('commons/unreadable-file');

        const latin1 = fixtureFolder({ 'draft.commons': new Uint8Array(Buffer.from('act "Caf\xe9" { }', 'latin1')) });
        const latin1Run = runCommons(['check', 'draft.commons'], { cwd: latin1 });
        expect(latin1Run.status).toBe(2);
        expect(latin1Run.stdout).toContain('draft.commons is not saved as UTF-8 text');
    });

    it.skipIf(process.getuid?.() === 0)('exits 2 for a file it cannot read', () => {
        const folder = fixtureFolder({ 'locked.commons': cleanDraft });
        chmodSync(join(folder, 'locked.commons'), 0o000);
        const run = runCommons(['check', 'locked.commons'], { cwd: folder });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('permission denied');
    });

    it('exits 2 on an unknown option', () => {
        const run = runCommons(['check', '--frobnicate']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("unknown option '--frobnicate'");
    });
});
