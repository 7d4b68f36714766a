import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { WEAK_DRAFT, commonsRuns, sarifValidator } from './support.js';

// Teams that publish the rule docs say where in commons.json ("docsUrl"), so the links in
// reports read elsewhere (code scanning, pull-request comments) lead to them. Written here
// without the trailing "/", which Commons adds.
const DOCS_URL = 'https://github.com/our-org/drafts/blob/main/docs/rules';

const folder = fixtureFolder({
    'published/commons.json': `{\n  "docsUrl": "${DOCS_URL}"\n}\n`,
    'published/weak.commons': WEAK_DRAFT,
    'relative/commons.json': '{\n  "docsUrl": "docs/rules"\n}\n',
    'relative/weak.commons': WEAK_DRAFT,
    'ftp/commons.json': '{\n  "docsUrl": "ftp://x"\n}\n',
    'ftp/weak.commons': WEAK_DRAFT
});
const runs: Record<string, CliRun> = {};
const cases: Record<string, string[]> = {
    sarif: ['lint', 'published', '--format', 'sarif'],
    json: ['lint', 'published', '--format', 'json'],
    rules: ['rules', '--format', 'json', '--config', 'published/commons.json'],
    relative: ['lint', 'relative', '--format', 'sarif', '--output', 'relative/report.sarif'],
    ftp: ['lint', 'ftp', '--format', 'json', '--output', 'ftp/report.json']
};

beforeAll(async () => {
    Object.assign(runs, await commonsRuns(cases, folder));
});

describe('docsUrl in commons.json', () => {
    it('sarif: each rule links to its page under docsUrl, and the log is still valid SARIF 2.1.0', () => {
        expect(runs.sarif.stderr).toBe('');
        const log = JSON.parse(runs.sarif.stdout);
        const validate = sarifValidator();
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        const { driver } = log.runs[0].tool;
        const shall = driver.rules.find((rule: { id: string }) => rule.id === 'drafting/shall');
        expect(shall.helpUri).toBe(`${DOCS_URL}/drafting/shall.md`);
        expect(shall.help.markdown).toContain('# drafting/shall');
        for (const rule of driver.rules.filter((each: { id: string }) => !each.id.startsWith('language/'))) {
            expect(rule.helpUri).toBe(`${DOCS_URL}/${rule.id}.md`);
        }
        expect(driver.informationUri).toBe(`${DOCS_URL}/README.md`);
    });

    it('json: each finding links to its rule page under docsUrl', () => {
        const report = JSON.parse(runs.json.stdout);
        const problems: Array<{ ruleId: string; docsUrl?: string }> = report.files[0].problems;
        expect(problems.map((problem) => problem.ruleId)).toContain('community/institution-decides');
        for (const problem of problems) expect(problem.docsUrl).toBe(`${DOCS_URL}/${problem.ruleId}.md`);
    });

    it('commons rules: links each rule to its page under docsUrl', () => {
        const report = JSON.parse(runs.rules.stdout);
        expect(report.rules.find((rule: { id: string }) => rule.id === 'drafting/shall').docs).toBe(`${DOCS_URL}/drafting/shall.md`);
    });

    it('a docsUrl that is not a web address stops the run (exit 2), naming the file and line, and writes nothing', () => {
        for (const [name, report] of [['relative', 'relative/report.sarif'], ['ftp', 'ftp/report.json']]) {
            const run = runs[name];
            expect(run.status, name).toBe(2);
            expect(run.stdout, name).toBe('');
            expect(run.stderr, name).toContain(`${name}/commons.json has problems, so no drafts were checked`);
            expect(run.stderr, name).toContain(`${name}/commons.json:2:14  "docsUrl" must be the web address (starting https:// or http://)`);
            expect(run.stderr, name).toContain('such as "https://github.com/your-org/your-drafts/blob/main/docs/rules/"');
            expect(existsSync(join(folder, report)), name).toBe(false);
        }
    });
});
