import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, runCommons } from '../helpers/cli.js';

const draft = (title: string, clause: string) => `policy "${title}" {
  actor council: local-authority "the council"
  part 1 "Money" {
    section 1 "Grants" {
      (1) "${clause}"
    }
  }
}
`;

describe('commons summarize', () => {
    it('prints a Markdown summary of one draft, every sentence linked to its source', () => {
        const folder = fixtureFolder({ 'a.commons': draft('Grants Policy', 'The [council] must pay £5,000 to each group within 3 months.') });
        const run = runCommons(['summarize', 'a.commons'], { cwd: folder });
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('# Grants Policy: a plain-language summary');
        expect(run.stdout).toContain('- The council must pay £5,000 to each group within 3 months. ([section 1(1)](#a-commons-5))');
        expect(run.stdout).toContain('<a id="a-commons-5"></a>Section 1(1): a.commons, line 5');
    });

    it('writes text and HTML, and one file per draft into a folder that mirrors the drafts', () => {
        const folder = fixtureFolder({
            'drafts/a.commons': draft('First', 'The [council] may give grants.'),
            'drafts/more/b.commons': draft('Second', 'The [council] must publish the grants.')
        });
        const text = runCommons(['summarize', 'drafts/a.commons', '--format', 'txt'], { cwd: folder });
        expect(text.status).toBe(0);
        expect(text.stdout).toContain('- The council may give grants. [section 1(1)]');
        const html = runCommons(['summarize', 'drafts', '--format', 'html', '--output', 'out'], { cwd: folder });
        expect(html.status).toBe(0);
        expect(html.stderr).toContain('wrote 2 summaries');
        expect(readFileSync(join(folder, 'out/a.html'), 'utf8')).toContain('<h1>First: a plain-language summary</h1>');
        expect(readFileSync(join(folder, 'out/more/b.html'), 'utf8')).toContain('The council must publish the grants.');
    });

    it('summarises a schedule inside the act that imports it, not on its own', () => {
        const folder = fixtureFolder({
            'act.commons': 'import "./schedule.commons"\nact "Act" {\n  actor council: local-authority "the council"\n  section 1 "Duty" {\n    (1) "The [council] must keep a register."\n  }\n}\n',
            'schedule.commons': 'schedule 1 "The register" {\n  paragraph 1 {\n    (1) "The register must be open to everyone."\n  }\n}\n'
        });
        const run = runCommons(['summarize', '.', '--output', 'out'], { cwd: folder });
        expect(run.status).toBe(0);
        expect(existsSync(join(folder, 'out/schedule.md'))).toBe(false);
        const act = readFileSync(join(folder, 'out/act.md'), 'utf8');
        expect(act).toContain('## Schedule 1: The register');
        expect(act).toContain('The register must be open to everyone.');
    });

    it('refuses, with exit code 2 and a plain message, what it cannot do', () => {
        const folder = fixtureFolder({ 'a.commons': draft('A', 'The [council] may act.'), 'b.commons': draft('B', 'The [council] must act.') });
        const many = runCommons(['summarize', '.', '--format', 'html'], { cwd: folder });
        expect(many.status).toBe(2);
        expect(many.stderr).toContain('2 drafts to summarise as HTML: name a folder to write them to');
        const missing = runCommons(['summarize', 'nowhere.commons'], { cwd: folder });
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('Cannot find nowhere.commons');
        const format = runCommons(['summarize', 'a.commons', '--format', 'pdf'], { cwd: folder });
        expect(format.status).toBe(2);
        expect(format.stderr).toMatch(/pdf.*is invalid|Allowed choices are md, html, txt/);
    });
});
