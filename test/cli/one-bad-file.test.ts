import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { commons, sarifValidator } from './support.js';

/**
 * A bad file is one file's problem. Among 300 drafts, one holds a NUL byte and one makes the
 * checker fail (through the documented test seam COMMONS_TEST_FAULT, which fails on drafts that
 * contain a mark, as a parser crash would): each is reported as that file's fatal finding, every
 * other draft is checked and reported in every format, and the exit code is 2.
 */
const MARK = 'FAULT-MARK-4dd1';
const DRAFTS = 300;
const BINARY = 'drafts/d017.commons';
const CRASHING = 'drafts/d142.commons';

function workspace(drafts: number): Record<string, string | Uint8Array> {
    const files: Record<string, string | Uint8Array> = {};
    for (let index = 0; index < drafts; index++) {
        const name = `drafts/d${String(index).padStart(3, '0')}.commons`;
        files[name] = `act "Act ${index}" {\n  ethos "Communities know their places best."\n  section 1 { (1) "The council shall publish plan ${index}." }\n}\n`;
    }
    files[BINARY] = new Uint8Array([...Buffer.from('act "Binary" {\n  ethos "e"\n'), 0x00, ...Buffer.from('}\n')]);
    files[CRASHING] = `// ${MARK}\n${files[CRASHING] as string}`;
    // An import component whose imported file is the one that fails: the act must still be checked.
    files['group/terms.commons'] = `// ${MARK}\ndefinitions "Terms" {\n  actor council: local-authority "the council"\n}\n`;
    files['group/act.commons'] = 'import "./terms.commons"\nact "Group Act" {\n  ethos "e"\n  section 1 { (1) "The [council] shall act." }\n}\n';
    return files;
}

const folder = fixtureFolder(workspace(DRAFTS));
// The other formats are shown the same bad files among fewer drafts, to keep the suite quick on 2 cores.
const FORMAT_DRAFTS = 160;
const formatsFolder = fixtureFolder(workspace(FORMAT_DRAFTS));
const env = { COMMONS_TEST_FAULT: `throw:${MARK}` };
const run = (args: string[], extra: NodeJS.ProcessEnv = env) => commons(['lint', ...args], { cwd: folder, env: extra });
const runFormat = (format: string) => commons(['lint', '--format', format], { cwd: formatsFolder, env });

interface JsonReport {
    summary: { files: number; fatal: number };
    files: Array<{ path: string; problems: Array<{ ruleId: string; line: number; message: string }> }>;
}

const runs: Record<string, CliRun> = {};

beforeAll(async () => {
    const names = ['oneThread', 'twoThreads', 'threadDies', 'sarif', 'junit', 'github', 'markdown', 'stylish'] as const;
    const results = await Promise.all([
        run(['--jobs', '1', '--format', 'json']),
        run(['--jobs', '2', '--format', 'json']),
        // The thread checking the marked drafts dies: it is replaced and its batch retried in pieces.
        run(['--jobs', '2', '--format', 'json'], { COMMONS_TEST_FAULT: `exit:${MARK}` }),
        runFormat('sarif'),
        runFormat('junit'),
        runFormat('github'),
        runFormat('markdown'),
        runFormat('stylish')
    ]);
    names.forEach((name, index) => (runs[name] = results[index]));
}, 240_000);

function checkJson(name: string) {
    const result = runs[name];
    expect(result.status, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files).toHaveLength(DRAFTS + 2);
    const byPath = new Map(report.files.map((file) => [file.path, file.problems]));
    expect(byPath.get(BINARY)).toEqual([expect.objectContaining({ ruleId: 'commons/unreadable-file', line: 3 })]);
    expect(byPath.get(BINARY)![0].message).toContain(`${BINARY} looks like a binary file`);
    expect(byPath.get(CRASHING)).toEqual([expect.objectContaining({ ruleId: 'commons/internal-error', line: 1 })]);
    expect(byPath.get(CRASHING)![0].message).toContain('fault in Commons');
    expect(byPath.get('group/terms.commons')!.map((problem) => problem.ruleId)).toEqual(['commons/internal-error']);
    // The act that imports it is checked without it, and says why instead of "Cannot find".
    const act = byPath.get('group/act.commons')!;
    expect(act.find((problem) => problem.ruleId === 'language/missing-import')?.message).toContain('Commons failed on "./terms.commons"');
    // Every other draft was checked: each has its "shall" finding.
    for (const [path, problems] of byPath) {
        if (path === BINARY || path === CRASHING || path === 'group/terms.commons') continue;
        expect(problems.map((problem) => problem.ruleId), path).toContain('drafting/shall');
    }
    expect(report.summary.fatal).toBe(3);
    expect(result.stderr).toContain(CRASHING.replace('drafts/', ''));
}

describe('one unusable draft among 300', () => {
    it('on one thread: the binary and the crashing draft are reported as theirs, all others checked, exit 2', () => checkJson('oneThread'));

    it('on two threads: the same', () => checkJson('twoThreads'));

    it('when a checking thread dies: the thread is replaced, its batch retried file by file, the same report', () => checkJson('threadDies'));

    it('sarif: a valid log with a result for each unusable file, and not marked successful', () => {
        expect(runs.sarif.status).toBe(2);
        const log = JSON.parse(runs.sarif.stdout);
        expect(sarifValidator()(log)).toBe(true);
        const results = log.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
        const fatal = results.filter((result) => result.ruleId.startsWith('commons/'));
        expect(fatal.map((result) => result.locations[0].physicalLocation.artifactLocation.uri).sort()).toEqual([BINARY, CRASHING, 'group/terms.commons']);
        expect(results.filter((result) => result.ruleId === 'drafting/shall')).toHaveLength(FORMAT_DRAFTS - 2 + 1);
        expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
        const descriptor = log.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'commons/internal-error');
        expect(descriptor.shortDescription.text).toContain('Commons');
    });

    it('junit, github, markdown and the plain report name both files and still report the others', () => {
        for (const name of ['junit', 'github', 'markdown', 'stylish']) {
            const result = runs[name];
            expect(result.status, name).toBe(2);
            expect(result.stdout, name).toContain('d017.commons');
            expect(result.stdout, name).toContain('d142.commons');
            expect(result.stdout, name).toContain('commons/internal-error');
            expect(result.stdout, name).toContain('commons/unreadable-file');
            if (name !== 'markdown') expect(result.stdout, name).toContain(`d${FORMAT_DRAFTS - 1}.commons`);
        }
        // The comment lists at most 200 rows; the files that could not be checked come first.
        const rows = runs.markdown.stdout.split('\n').filter((line) => line.startsWith('| ❌'));
        expect(rows.slice(0, 3).every((row) => row.includes('`commons/'))).toBe(true);
        expect(XMLValidator.validate(runs.junit.stdout)).toBe(true);
        expect(runs.github.stdout).toContain('::error file=drafts/d017.commons,line=3');
        expect(runs.stylish.stdout).toContain('3 findings say that Commons could not read or check a file');
    });
});
