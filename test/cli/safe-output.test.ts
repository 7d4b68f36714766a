import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonsBin, fixtureFolder, type CliRun } from '../helpers/cli.js';
import { WEAK_DRAFT, commons } from './support.js';

/**
 * Reports cannot be turned against their reader, and writing them cannot destroy a draft: the
 * Markdown comment renders draft text as plain text, control characters never reach any format,
 * --output and --write-baseline refuse to overwrite an input draft, and every write is whole or
 * not at all.
 */

// A term name is quoted in the duplicate-name and unused-definition messages: it carries the payloads.
const PAYLOAD = '![pixel](https://evil.example/p.png) [click me](https://evil.example/x) @octocat #123 GH-45 www.evil.example '
    + '<img src=x onerror=alert(1)> <!-- hidden --> **loud** `tick` | cell \u001b]8;;https://evil.example\u0007 \u001b[31mred \u202Eevil';
const INJECTION = `act "Injection Act" {
  ethos "Parks belong to the people who use them."
  "${PAYLOAD}" means "one thing"
  "${PAYLOAD}" means "another thing"
}
`;

const folder = fixtureFolder({ 'drafts/injection.commons': INJECTION, 'drafts/weak.commons': WEAK_DRAFT });
const runs: Record<string, CliRun> = {};
const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];

beforeAll(async () => {
    const results = await Promise.all([
        ...formats.map((format) => commons(['lint', 'drafts/injection.commons', '--format', format], { cwd: folder })),
        commons(['lint', '--output', 'drafts/weak.commons'], { cwd: folder }),
        commons(['lint', '--format', 'markdown', '--output', './drafts/../drafts/injection.commons'], { cwd: folder }),
        commons(['lint', '--write-baseline', 'drafts/weak.commons'], { cwd: folder }),
        commons(['waivers', 'drafts', '--output', 'drafts/weak.commons'], { cwd: folder })
    ]);
    formats.forEach((format, index) => (runs[format] = results[index]));
    [runs.outputOverDraft, runs.outputOverDraftByOtherPath, runs.baselineOverDraft, runs.waiversOverDraft] = results.slice(formats.length);
}, 120_000);

describe('the Markdown report (a pull-request comment)', () => {
    it('quotes draft text without links, images, mentions, issue references or HTML', () => {
        const markdown = runs.markdown.stdout;
        expect(runs.markdown.status).toBe(1);
        const row = markdown.split('\n').find((line) => line.includes('language/duplicate-name'))!;
        // Link and image syntax is escaped, so it shows as text.
        expect(row).toContain('\\!\\[pixel\\]\\(https:&#8203;//evil.example/p.png\\)');
        expect(row).toContain('\\[click me\\]\\(https:&#8203;//evil.example/x\\)');
        expect(row).not.toMatch(/(?<!\\)\[click me(?<!\\)\]\(/);
        // Mentions, references and bare links are broken with a zero-width space.
        expect(row).toContain('@&#8203;octocat');
        expect(row).toContain('#&#8203;123');
        expect(row).toContain('GH-&#8203;45');
        expect(row).toContain('www&#8203;.evil.example');
        expect(row).not.toMatch(/@octocat|#123|https:\/\/|www\.evil/);
        // HTML is escaped; emphasis, code and table pipes too.
        expect(row).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
        expect(row).toContain('&lt;\\!-- hidden --&gt;');
        expect(row).not.toMatch(/<img|<!--/);
        expect(row).toContain('\\*\\*loud\\*\\*');
        expect(row).toContain('\\`tick\\`');
        expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
    });
});

describe('control characters', () => {
    it('become U+FFFD in every format: no terminal escapes, no bidirectional overrides', () => {
        for (const format of formats) {
            const output = runs[format].stdout;
            expect(output, format).toContain('injection.commons');
            expect(output, format).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
        }
        expect(runs.stylish.stdout).toContain('\uFFFD[31mred \uFFFDevil');
        expect(JSON.parse(runs.json.stdout).files[0].problems[0].message).toContain('\uFFFD]8;;https://evil.example\uFFFD');
    });
});

describe('--output and --write-baseline never overwrite an input draft', () => {
    it('refuse with a plain message, exit 2, and leave the draft as it was', () => {
        for (const name of ['outputOverDraft', 'outputOverDraftByOtherPath', 'baselineOverDraft', 'waiversOverDraft']) {
            expect(runs[name].status, name).toBe(2);
            expect(runs[name].stderr, name).toContain('names one of the drafts being checked, so writing there would overwrite the draft. Nothing was written.');
        }
        expect(runs.outputOverDraft.stderr).toContain('commons: --output drafts/weak.commons');
        expect(runs.baselineOverDraft.stderr).toContain('commons: --write-baseline drafts/weak.commons');
        expect(readFileSync(join(folder, 'drafts/weak.commons'), 'utf8')).toBe(WEAK_DRAFT);
        expect(readFileSync(join(folder, 'drafts/injection.commons'), 'utf8')).toBe(INJECTION);
    });
});

describe('writes are atomic', () => {
    /** Runs commons with a file size limit (ulimit -f, in 1 KiB blocks), so a write fails part way. */
    function commonsWithSizeLimit(args: string[], cwd: string, kib: number) {
        const command = `ulimit -f ${kib}; exec "$0" "$@"`;
        return spawnSync('bash', ['-c', command, process.execPath, commonsBin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    }

    it('a report that cannot be written whole leaves the old report intact, and no temporary file behind', () => {
        const old = `${'an earlier report '.repeat(300)}\n`;
        const here = fixtureFolder({ 'weak.commons': WEAK_DRAFT, 'report.sarif': old });
        const run = commonsWithSizeLimit(['lint', 'weak.commons', '--format', 'sarif', '--output', 'report.sarif'], here, 2);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Cannot write the report to report.sarif');
        expect(readFileSync(join(here, 'report.sarif'), 'utf8')).toBe(old);
        expect(readdirSync(here).sort()).toEqual(['report.sarif', 'weak.commons']);
    });

    it('--fix that cannot write a draft whole leaves the draft as it was', () => {
        const long = WEAK_DRAFT.replace('section 2 "Reports" {', `section 2 "Reports" {\n${'    // a long comment line that makes the draft larger than the limit\n'.repeat(40)}`);
        const here = fixtureFolder({ 'weak.commons': long });
        const run = commonsWithSizeLimit(['lint', 'weak.commons', '--fix'], here, 2);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('weak.commons: EFBIG');
        expect(run.stderr).toContain('The draft is unchanged.');
        expect(readFileSync(join(here, 'weak.commons'), 'utf8')).toBe(long);
        expect(readdirSync(here)).toEqual(['weak.commons']);
    });

    it('a report written over an old one replaces it whole, keeping its permissions', () => {
        const here = fixtureFolder({ 'weak.commons': WEAK_DRAFT, 'report.txt': 'old' });
        chmodSync(join(here, 'report.txt'), 0o640);
        const before = statSync(join(here, 'report.txt'));
        const run = spawnSync(process.execPath, [commonsBin, 'lint', 'weak.commons', '--output', 'report.txt'], { cwd: here, encoding: 'utf8' });
        expect(run.status).toBe(1);
        const after = statSync(join(here, 'report.txt'));
        expect(readFileSync(join(here, 'report.txt'), 'utf8')).toContain('weak.commons');
        // A new file renamed into place, not the old one rewritten.
        expect(after.ino).not.toBe(before.ino);
        expect(after.mode & 0o777).toBe(0o640);
    });
});
