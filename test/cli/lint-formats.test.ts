import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { CLEAN_DRAFT, WEAK_DRAFT, commons, sarifValidator } from './support.js';

// One fixture, every format run once and in parallel; each test reads the shared results.
const folder = fixtureFolder({ 'drafts/weak.commons': WEAK_DRAFT, 'drafts/clean.commons': CLEAN_DRAFT });
const runs: Record<string, CliRun> = {};
const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];

beforeAll(async () => {
    const results = await Promise.all([
        ...formats.map((format) => commons(['lint', 'drafts', '--format', format], { cwd: folder })),
        commons(['lint', 'drafts', '--format', 'sarif', '--output', 'reports/commons.sarif'], { cwd: folder })
    ]);
    formats.forEach((format, index) => (runs[format] = results[index]));
    runs.output = results[formats.length];
});

describe('commons lint output formats', () => {
    it('stylish: each file, its problems with position, severity, message and rule, and a total', () => {
        const { status, stdout, stderr } = runs.stylish;
        expect(stderr).toBe('');
        expect(status).toBe(1);
        expect(stdout).toContain('drafts/clean.commons\n  act, draft: 2 actors, 1 defined term, 1 section, 1 right\n');
        expect(stdout).toMatch(/6:25\s+warning\s+"shall" is no longer used.*drafting\/shall/);
        expect(stdout).toMatch(/7:19\s+error\s+The decision rests with the Secretary of State.*community\/institution-decides/);
        expect(stdout).toContain('✖ 5 problems (1 error, 4 warnings) in 2 files.');
        expect(stdout).toContain('3 problems can be fixed with --fix');
        expect(stdout).not.toContain('\u001b['); // no colour when piped
    });

    it('json: a summary and every file with 1-based positions, rule metadata, citations and fixes', () => {
        const report = JSON.parse(runs.json.stdout);
        expect(report.tool.name).toBe('commons');
        expect(report.summary).toEqual({ files: 2, problems: 5, errors: 1, warnings: 4, infos: 0, fixable: 3, fatal: 0 });
        expect(report.files.map((file: { path: string }) => file.path)).toEqual(['drafts/clean.commons', 'drafts/weak.commons']);
        const shall = report.files[1].problems.find((problem: { ruleId: string }) => problem.ruleId === 'drafting/shall');
        expect(shall).toMatchObject({ severity: 'warning', line: 6, column: 25, endLine: 6, endColumn: 30, pack: 'drafting', citation: 'section 1(1)' });
        expect(shall.docsUrl).toMatch(/^file:.*docs\/rules\/drafting\/shall\.md$/);
        expect(shall.fixes[0]).toMatchObject({ title: 'Replace "shall" with "must"', needsReview: false });
        const decides = report.files[1].problems.find((problem: { ruleId: string }) => problem.ruleId === 'community/institution-decides');
        expect(decides).toMatchObject({ severity: 'error', shift: 'community', pack: 'community', messageId: 'consulted' });
        expect(shall.messageId).toBe('duty');
        expect(decides.fixes.every((fix: { needsReview: boolean }) => fix.needsReview)).toBe(true);
    });

    it('sarif: valid SARIF 2.1.0 with rule metadata and help', () => {
        const validate = sarifValidator();
        const log = JSON.parse(runs.sarif.stdout);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

        const run = log.runs[0];
        expect(run.tool.driver.name).toBe('commons');
        const shall = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'drafting/shall');
        expect(shall.shortDescription.text).toMatch(/shall/i);
        expect(shall.fullDescription.text.length).toBeGreaterThan(40);
        expect(shall.help.markdown).toContain('# drafting/shall');
        const decides = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'community/institution-decides');
        expect(decides.properties).toMatchObject({ pack: 'community', shift: 'community' });
        expect(decides.defaultConfiguration.level).toBe('error');

        expect(run.results).toHaveLength(5);
        const result = run.results.find((candidate: { ruleId: string }) => candidate.ruleId === 'community/institution-decides');
        expect(result.level).toBe('error');
        expect(run.tool.driver.rules[result.ruleIndex].id).toBe('community/institution-decides');
        expect(result.locations[0].physicalLocation).toMatchObject({
            artifactLocation: { uri: 'drafts/weak.commons', uriBaseId: 'SRCROOT' },
            region: { startLine: 7, startColumn: 19 }
        });
        expect(result.partialFingerprints['commonsFinding/v1']).toMatch(/^[0-9a-f]{32}$/);

        // The message names its template among the rule's messageStrings, with the values that fill it, beside the filled text.
        expect(result.message).toEqual({
            text: expect.stringMatching(/^The decision rests with the Secretary of State, while the part given to people who live nearby is only to be consulted\./),
            id: 'consulted',
            arguments: ['the Secretary of State', 'people who live nearby']
        });
        expect(decides.messageStrings.consulted.text).toMatch(/^The decision rests with \{0\}, while the part given to \{1\} is only to be consulted\./);
        const fill = (template: string, values: string[]) => template.replace(/\{(\d+)\}/g, (_, index: string) => values[Number(index)]).replace(/\{\{|\}\}/g, (brace) => brace[0]);
        for (const each of run.results.filter((candidate: { ruleId: string }) => !candidate.ruleId.startsWith('language/'))) {
            const template = run.tool.driver.rules[each.ruleIndex].messageStrings[each.message.id].text;
            expect(fill(template, each.message.arguments ?? []), each.ruleId).toBe(each.message.text);
        }
    });

    it('sarif: without a docsUrl in commons.json, the help travels in the log and no rule links to this machine', () => {
        const log = JSON.parse(runs.sarif.stdout);
        const { originalUriBaseIds, ...run } = log.runs[0];
        const ruleDescriptors = run.tool.driver.rules.filter((rule: { id: string }) => !rule.id.startsWith('language/'));
        expect(ruleDescriptors.length).toBeGreaterThan(25);
        for (const rule of ruleDescriptors) {
            expect(rule.helpUri, rule.id).toBeUndefined();
            expect(rule.help.markdown, rule.id).toContain(`# ${rule.id}`);
            expect(rule.help.text, rule.id).toContain(rule.shortDescription.text);
        }
        expect(run.tool.driver.informationUri).toBeUndefined();
        // The source root is where the relative locations resolve, for readers on the machine that ran the check; it is no link.
        expect(originalUriBaseIds.SRCROOT.uri).toMatch(/^file:/);
        expect(JSON.stringify({ ...log, runs: [run] })).not.toContain('file:');
    });

    it('junit: well-formed XML with a suite per file, errors as failures and clean files passing', () => {
        const xml = runs.junit.stdout;
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
        const suites = parsed.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; testcase: Array<{ name: string; failure?: { type: string } }> }>;
        expect(parsed.testsuites.failures).toBe('1');
        expect(suites.map((suite) => suite.name)).toEqual(['drafts/clean.commons', 'drafts/weak.commons']);
        expect(suites[0].testcase).toHaveLength(1);
        expect(suites[0].testcase[0].failure).toBeUndefined();
        expect(suites[1]).toMatchObject({ tests: '5', failures: '1' });
        const failed = suites[1].testcase.filter((testCase) => testCase.failure);
        expect(failed).toHaveLength(1);
        expect(failed[0].name).toBe('community/institution-decides at 7:19 (section 1)');
        expect(failed[0].failure!.type).toBe('community/institution-decides');
    });

    it('github: one workflow annotation per finding, with file, position and rule as title', () => {
        const lines = runs.github.stdout.trim().split('\n');
        const annotations = lines.filter((line) => line.startsWith('::'));
        expect(annotations).toHaveLength(5);
        expect(annotations).toContain('::error file=drafts/weak.commons,line=7,col=19,endLine=7,endColumn=28,title=community/institution-decides (section 1)::'
            + 'The decision rests with the Secretary of State, while the part given to people who live nearby is only to be consulted. '
            + 'Give the decision to a community body (decided by forum), or share it (level collaborate) and say how the shared decision is made.');
        expect(annotations.filter((line) => line.startsWith('::warning file=drafts/weak.commons,line=6,col=25,'))).toHaveLength(1);
        expect(lines.at(-1)).toBe('✖ 5 problems (1 error, 4 warnings) in 2 files.');
    });

    it('markdown: a headline and a table a pull-request comment can show', () => {
        const lines = runs.markdown.stdout.trim().split('\n');
        expect(lines[0]).toBe('### Commons lint: 5 problems (1 error, 4 warnings) in 2 files');
        expect(lines).toContain('| | File | Line | Provision | Rule | Shift | Finding |');
        const rows = lines.filter((line) => line.startsWith('| ') && line.includes('`drafts/'));
        expect(rows).toHaveLength(5);
        expect(rows.every((row) => row.split(/(?<!\\)\|/).length === 9)).toBe(true);
        expect(rows).toContainEqual(expect.stringMatching(/^\| ❌ error \| `drafts\/weak.commons` \| 7 \| section 1 \| `community\/institution-decides` \| State and market to community \| The decision/));
    });

    it('--output writes the report to a file (creating its folder) and nothing to standard output', () => {
        expect(runs.output.status).toBe(1);
        expect(runs.output.stdout).toBe('');
        expect(JSON.parse(readFileSync(join(folder, 'reports/commons.sarif'), 'utf8')).runs[0].results).toHaveLength(5);
    });
});
