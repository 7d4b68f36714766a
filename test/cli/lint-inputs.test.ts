import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { WEAK_DRAFT, commons, ruleIdsByFile } from './support.js';

/**
 * A workspace of many small drafts: groups of an Act, the definitions it imports and a schedule
 * it imports (which uses the Act's actors without importing anything), plus standalone drafts,
 * so checking in parallel must keep each group together for its references to resolve.
 */
function workspace(): Record<string, string> {
    const files: Record<string, string> = {};
    for (let group = 1; group <= 8; group++) {
        files[`drafts/group-${group}/definitions.commons`] = `definitions "Terms ${group}" {
  actor council: local-authority "the council"
  actor forum: neighbourhood-forum "the forum"
  "community body" means "a body run by local people"
}
`;
        files[`drafts/group-${group}/act.commons`] = `import "./definitions.commons"
import "./schedule.commons"
act "Group ${group} Act" {
  ethos "Communities know their places best."
  section 1 "Duty" {
    (1) "The [council] shall support each [community body] named in [Schedule 1, paragraph 1]."
  }
}
`;
        files[`drafts/group-${group}/schedule.commons`] = `schedule 1 "Bodies" {
  paragraph 1 {
    (1) "The [forum] must keep a list of each [community body] in the area, and he must publish it."
  }
}
`;
    }
    for (let single = 1; single <= 12; single++) files[`drafts/single/draft-${String(single).padStart(2, '0')}.commons`] = WEAK_DRAFT.replace('Parks Act', `Parks Act ${single}`);
    files['.gitignore'] = 'build/\n';
    files['build/generated.commons'] = 'this is not a draft {';
    files['commons.json'] = '{ "ignore": ["drafts/archive/**"] }';
    files['drafts/archive/old.commons'] = 'neither is this {';
    files['drafts/empty/notes.txt'] = 'Drafts for the next session go here.';
    return files;
}

const folder = fixtureFolder(workspace());
const stdinFolder = fixtureFolder({
    'drafts/commons.json': '{ "rules": { "community/institution-decides": "off" } }',
    'drafts/defs.commons': 'definitions "Terms" { actor council: local-authority "the council" }\n'
});
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
    const [oneThread, twoThreads, glob, stdin, stdinBinary, stdinDefaultName, ignoredFolder, emptyFolder] = await Promise.all([
        commons(['lint', '--jobs', '1', '--format', 'json'], { cwd: folder }),
        commons(['lint', '--jobs', '2', '--format', 'json'], { cwd: folder }),
        commons(['lint', 'drafts/**/act.commons', 'drafts/single/draft-0[12].commons', '--format', 'json'], { cwd: folder }),
        commons(['lint', '-', '--stdin-filename', 'drafts/new.commons', '--format', 'json'], {
            cwd: stdinFolder,
            input: `import "./defs.commons"\n${WEAK_DRAFT.replace('act "Parks Act" {', 'act "Parks Act" {\n  ethos "Parks belong to the people who use them."')
                .replace('[minister] shall report', '[council] shall report')}`
        }),
        commons(['lint', '-', '--stdin-filename', 'drafts/new.commons'], { cwd: stdinFolder, input: new Uint8Array([0x00, 0x01, 0x02, 0xff]) }),
        commons(['lint', '-'], { cwd: stdinFolder, input: WEAK_DRAFT }),
        commons(['lint', 'build'], { cwd: folder }),
        commons(['lint', 'drafts/empty'], { cwd: folder })
    ]);
    Object.assign(runs, { oneThread, twoThreads, glob, stdin, stdinBinary, stdinDefaultName, ignoredFolder, emptyFolder });
});

describe('commons lint on many files', () => {
    it('gives the same results on one thread and on two', () => {
        expect(runs.oneThread.status).toBe(1);
        expect(runs.twoThreads.stderr).toBe('');
        expect(runs.twoThreads.stdout).toBe(runs.oneThread.stdout);
    });

    it('keeps imported files together, so references across files resolve in every thread', () => {
        const byFile = ruleIdsByFile(runs.twoThreads.stdout);
        expect(Object.keys(byFile)).toHaveLength(8 * 3 + 12);
        const all = Object.values(byFile).flat();
        expect(all.filter((id) => id.startsWith('language/'))).toEqual([]);
        expect(byFile['drafts/group-5/act.commons']).toEqual(['drafting/shall']);
        expect(byFile['drafts/group-5/schedule.commons']).toContain('drafting/gendered-pronoun');
    });

    it('leaves out what .gitignore and the ignore list of commons.json leave out', () => {
        const paths = Object.keys(ruleIdsByFile(runs.oneThread.stdout));
        expect(paths.some((path) => path.startsWith('build/') || path.startsWith('drafts/archive/'))).toBe(false);
    });

    it('expands globs, with the files their drafts import', () => {
        const paths = Object.keys(ruleIdsByFile(runs.glob.stdout));
        expect(paths).toHaveLength(8 * 3 + 2);
        expect(paths).toContain('drafts/group-1/schedule.commons');
        expect(paths).toContain('drafts/single/draft-02.commons');
        expect(paths).not.toContain('drafts/single/draft-03.commons');
    });
});

describe('commons lint on a named folder with nothing to check', () => {
    it('stops (exit 2) when every draft in it is ignored, and says which rules to change', () => {
        expect(runs.ignoredFolder.status).toBe(2);
        expect(runs.ignoredFolder.stderr).toContain('Every draft in build (1 file) is left out by .gitignore or the "ignore" list in commons.json');
    });

    it('stops (exit 2) when it holds no drafts at all', () => {
        expect(runs.emptyFolder.status).toBe(2);
        expect(runs.emptyFolder.stderr).toContain('There are no drafts (.commons files) in drafts/empty.');
    });
});

describe('commons lint - (standard input)', () => {
    it('checks the draft as if it were at --stdin-filename: its settings and imports apply', () => {
        expect(runs.stdin.stderr).toBe('');
        expect(ruleIdsByFile(runs.stdin.stdout)).toEqual({
            'drafts/defs.commons': [],
            'drafts/new.commons': ['drafting/shall', 'drafting/gendered-pronoun', 'drafting/shall']
        });
        expect(runs.stdin.status).toBe(0);
    });

    it('names the draft in errors, and defaults its name to stdin.commons', () => {
        expect(runs.stdinBinary.status).toBe(2);
        expect(runs.stdinBinary.stderr).toBe('commons: drafts/new.commons looks like a binary file, not a Commons draft. Check the file name, or leave it out of the paths you check.\n');
        expect(runs.stdinDefaultName.status).toBe(1);
        expect(runs.stdinDefaultName.stdout).toMatch(/^stdin\.commons\n/);
    });
});
