import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { CLEAN_DRAFT, WEAK_DRAFT, commonsRuns, ruleIdsByFile } from './support.js';

// Warnings only: missing ethos, "shall" and "his", with the one error rule switched off.
const WARNINGS_ONLY_CONFIG = '{ "rules": { "community/institution-decides": "off" } }';

const folder = fixtureFolder({
    'clean/clean.commons': CLEAN_DRAFT,
    'weak/weak.commons': WEAK_DRAFT,
    'warnings/commons.json': WARNINGS_ONLY_CONFIG,
    'warnings/weak.commons': WEAK_DRAFT,
    'broken-config/commons.json': '{\n  "rules": {\n    "drafting/shal": "off"\n  }\n}\n',
    'broken-config/weak.commons': WEAK_DRAFT,
    'binary/image.commons': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    'latin1/draft.commons': new Uint8Array(Buffer.from('act "Caf\xe9 Act" { }', 'latin1'))
});
mkdirSync(join(folder, 'folder-draft/x.commons'), { recursive: true });
mkdirSync(join(folder, 'broken-link'));
symlinkSync(join(folder, 'no-such-target.commons'), join(folder, 'broken-link/gone.commons'));

const runs: Record<string, CliRun> = {};
const cases: Record<string, string[]> = {
    clean: ['lint', 'clean'],
    errors: ['lint', 'weak'],
    warningsOnly: ['lint', 'warnings', '--max-warnings', '4'],
    maxWarningsExceeded: ['lint', 'warnings', '--max-warnings', '3'],
    quiet: ['lint', 'weak', '--quiet', '--format', 'json'],
    ruleOff: ['lint', 'weak', '--rule', 'community/institution-decides:off', '--rule', 'drafting/shall:error', '--format', 'json'],
    missingPath: ['lint', 'no-such-folder'],
    brokenConfig: ['lint', 'broken-config', '--format', 'sarif', '--output', 'broken-config/report.sarif'],
    explicitConfig: ['lint', 'weak', '--config', 'warnings/commons.json'],
    missingConfig: ['lint', 'weak', '--config', 'nowhere/commons.json'],
    binary: ['lint', 'binary'],
    latin1: ['lint', 'latin1', '--output', 'latin1/report.txt'],
    folderNamedLikeDraft: ['lint', 'folder-draft'],
    brokenLink: ['lint', 'broken-link'],
    unknownRule: ['lint', 'weak', '--rule', 'drafting/shal:off'],
    badSeverity: ['lint', 'weak', '--rule', 'drafting/shall:loud'],
    unknownFormat: ['lint', 'weak', '--format', 'xml'],
    unknownOption: ['lint', '--frobnicate']
};

beforeAll(async () => {
    Object.assign(runs, await commonsRuns(cases, folder));
});

describe('commons lint exit codes', () => {
    it('0 when clean, 1 with an error, 0 with warnings only (up to --max-warnings)', () => {
        expect(runs.clean.status).toBe(0);
        expect(runs.errors.status).toBe(1);
        expect(runs.warningsOnly.status).toBe(0);
        expect(runs.warningsOnly.stdout).toContain('✖ 4 problems (0 errors, 4 warnings) in 1 file.');
    });

    it('1 when there are more warnings than --max-warnings allows, and says so', () => {
        expect(runs.maxWarningsExceeded.status).toBe(1);
        expect(runs.maxWarningsExceeded.stdout).toContain('4 warnings: more than --max-warnings 3 allows.');
    });

    it('--quiet reports errors only', () => {
        expect(runs.quiet.status).toBe(1);
        expect(ruleIdsByFile(runs.quiet.stdout)).toEqual({ 'weak/weak.commons': ['community/institution-decides'] });
    });

    it('--rule sets severities for the run, on top of commons.json', () => {
        expect(runs.ruleOff.status).toBe(1);
        const report = JSON.parse(runs.ruleOff.stdout);
        const problems = report.files[0].problems as Array<{ ruleId: string; severity: string }>;
        expect(problems.map((problem) => problem.ruleId)).not.toContain('community/institution-decides');
        expect(problems.filter((problem) => problem.ruleId === 'drafting/shall').map((problem) => problem.severity)).toEqual(['error', 'error']);
    });

    it('--config uses the named commons.json for every draft', () => {
        expect(runs.explicitConfig.status).toBe(0);
        expect(runs.explicitConfig.stdout).not.toContain('community/institution-decides');
        expect(runs.missingConfig.status).toBe(2);
        expect(runs.missingConfig.stderr).toContain('Cannot find the configuration file nowhere/commons.json');
    });
});

describe('commons lint input errors (exit code 2, file named, nothing written)', () => {
    it('a path that does not exist', () => {
        expect(runs.missingPath.status).toBe(2);
        expect(runs.missingPath.stderr).toBe('commons: Cannot find no-such-folder. Check the path, or run the command from the folder that holds your drafts.\n');
        expect(runs.missingPath.stdout).toBe('');
    });

    it('an invalid commons.json: every problem with its line, and no report written', () => {
        expect(runs.brokenConfig.status).toBe(2);
        expect(runs.brokenConfig.stderr).toContain('broken-config/commons.json has problems, so no drafts were checked');
        expect(runs.brokenConfig.stderr).toContain('broken-config/commons.json:3:5  There is no rule called "drafting/shal". Did you mean "drafting/shall"?');
        expect(existsSync(join(folder, 'broken-config/report.sarif'))).toBe(false);
    });

    it('a binary file and a file that is not UTF-8: reported as that file\'s finding, exit 2', () => {
        expect(runs.binary.status).toBe(2);
        expect(runs.binary.stdout).toContain('1:1      error   binary/image.commons looks like a binary file');
        expect(runs.binary.stdout).toContain('commons/unreadable-file');
        expect(runs.latin1.status).toBe(2);
        expect(runs.latin1.stdout).toBe('');
        expect(readFileSync(join(folder, 'latin1/report.txt'), 'utf8')).toContain('latin1/draft.commons is not saved as UTF-8 text');
    });

    it('files that cannot be read: a folder named like a draft, a broken link', () => {
        expect(runs.folderNamedLikeDraft.status).toBe(2);
        expect(runs.folderNamedLikeDraft.stdout).toContain('folder-draft/x.commons is a folder, not a draft.');
        expect(runs.brokenLink.status).toBe(2);
        expect(runs.brokenLink.stdout).toContain('broken-link/gone.commons is a link to a file that does not exist.');
    });

    it('usage mistakes: an unknown rule or severity in --rule, an unknown format or option', () => {
        expect(runs.unknownRule.status).toBe(2);
        expect(runs.unknownRule.stderr).toBe('commons: --rule drafting/shal: there is no rule called "drafting/shal". Did you mean "drafting/shall"? Run "commons rules" to list them.\n');
        expect(runs.badSeverity.status).toBe(2);
        expect(runs.badSeverity.stderr).toContain('Write it as rule-id:severity');
        expect(runs.unknownFormat.status).toBe(2);
        expect(runs.unknownFormat.stderr).toContain('Allowed choices are stylish, json, sarif, junit, github, markdown.');
        expect(runs.unknownOption.status).toBe(2);
        expect(runs.unknownOption.stderr).toContain("unknown option '--frobnicate'");
        for (const name of ['unknownRule', 'badSeverity', 'unknownFormat', 'unknownOption']) expect(runs[name].stdout).toBe('');
    });
});
