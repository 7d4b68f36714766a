import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createCommonsLanguageServices, formattingEdits } from '@commons/language-server';
import { SYNTAX_LIMITS, SyntaxCodes } from '@commons/language';
import { fixtureFolder, runCommons } from '../helpers/cli.js';
import { diagnosticsOf, errorsOf } from '../helpers/workspace.js';

// The drafts of issue 11 that crashed or hung the command, each now a plain finding: through the
// command as a process, and through the core's public parse and check API.

const nested = (depth: number) => `act "Deep" {\n  section 1 {\n${'(a) "x" {\n'.repeat(depth)}${'}\n'.repeat(depth)}  }\n}\n`;
const codes = (diagnostics: Array<{ code?: string | number }>) => diagnostics.map((diagnostic) => diagnostic.code);

describe('drafts that used to crash the command', () => {
    it('clauses nested about 190 deep: one "nested too deeply" error on the line where it goes too deep', () => {
        const folder = fixtureFolder({ 'deep.commons': nested(190) });
        const run = runCommons(['check', 'deep.commons'], { cwd: folder });
        expect(run.stderr).not.toMatch(/fault in commons|RangeError/i);
        expect(run.status).toBe(1);
        // act and section are two blocks, so the clause block that is 33rd deep opens on line 33.
        expect(run.stdout).toMatch(/^ {2}33:\d+ +error +Nested too deeply: .* language\/nested-too-deeply$/m);
        expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
    });

    it('about 2,500 unclosed quotation marks: each once on its own line, at most 100 syntax errors, then a count', () => {
        const draft = `act "Quotes" {\n  section 1 {\n${Array.from({ length: 2500 }, (_, index) => `    (${index + 1}) "open\n`).join('')}  }\n}\n`;
        const folder = fixtureFolder({ 'quotes.commons': draft });
        const run = runCommons(['lint', '--format', 'json', 'quotes.commons'], { cwd: folder });
        expect(run.stderr).not.toMatch(/fault in commons/i);
        expect(run.status).toBe(1);
        const problems = JSON.parse(run.stdout).files[0].problems as Array<{ ruleId: string; line: number; message: string }>;
        const unclosed = problems.filter((problem) => problem.ruleId === SyntaxCodes.UnclosedQuotation);
        expect(unclosed).toHaveLength(SYNTAX_LIMITS.maxSyntaxErrors);
        expect(unclosed.map((problem) => problem.line)).toEqual(Array.from({ length: 100 }, (_, index) => index + 3));
        const note = problems.find((problem) => problem.ruleId === SyntaxCodes.TooManySyntaxErrors);
        expect(note?.message).toMatch(/^\.\.\.and 2,400 more syntax errors in this file/);
    });

    it('a quoted string of 4.2 MB: "clause too long", read in linear time without overflowing the stack', () => {
        const folder = fixtureFolder({ 'huge.commons': `act "Huge" {\n  section 1 {\n    (1) "${'word '.repeat(860_000)}"\n  }\n}\n` });
        const run = runCommons(['lint', 'huge.commons'], { cwd: folder });
        expect(run.stderr).not.toMatch(/fault in commons|RangeError/i);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^ {2}3:9 +error +Clause too long: this quoted text has 4,300,002 characters.*Split it.* language\/prose-too-long$/m);
    });

    it('a commons.json nested 5,000 deep: refused with a plain message naming the file, nothing checked', () => {
        const folder = fixtureFolder({
            'commons.json': `{"rules": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
            'draft.commons': 'act "A" {\n  ethos "Communities decide."\n}\n'
        });
        const run = runCommons(['lint', '.'], { cwd: folder });
        expect(run.stderr).not.toMatch(/fault in commons|RangeError/i);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/commons\.json has problems, so no drafts were checked/);
        expect(run.stderr).toMatch(/commons\.json:1:\d+ +Brackets here are nested more than 64 deep/);
        expect(run.stdout).toBe('');
    });

    it('a commons.json with 500 problems: the first 20, then how many more', () => {
        const rules = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`no/such-rule-${index}`, 'error']));
        const folder = fixtureFolder({ 'commons.json': JSON.stringify({ rules }, null, 1), 'draft.commons': 'act "A" {\n}\n' });
        const run = runCommons(['lint', '.'], { cwd: folder });
        expect(run.status).toBe(2);
        expect(run.stderr.match(/There is no rule called/g)).toHaveLength(20);
        expect(run.stderr).toMatch(/\.\.\.and 480 more problems in this file, not shown/);
    });
});

describe('the core reads any text without a fault', () => {
    it('nests 32 blocks deep without complaint, and reports the 33rd', async () => {
        // act and section are two of the 32 blocks.
        expect(errorsOf(await diagnosticsOf(nested(30)))).toEqual([]);
        const deeper = await diagnosticsOf(nested(31));
        expect(codes(errorsOf(deeper))).toEqual([SyntaxCodes.NestedTooDeeply]);
        expect(deeper[0].range.start.line).toBe(32);
    });

    it('an unclosed quotation mark in the middle of a draft is one error, on the line of its opening mark', async () => {
        const draft = [
            'act "A" {', '  section 1 {', '    (1) "The council must publish a plan.', '    (2) "The forum may comment on it."',
            '    (3) "The council must consider the comments."', '  }', '  section 2 "Money" {', '    (1) "The budget is set each year."', '  }', '}', ''
        ].join('\n');
        const errors = errorsOf(await diagnosticsOf(draft));
        expect(errors.map((error) => [error.code, error.range.start.line])).toEqual([[SyntaxCodes.UnclosedQuotation, 2]]);
    });

    it('an unclosed """ or /* is one error on its line, not one at every block it leaves open', async () => {
        const open = (text: string) => `act "A" {\n  section 1 {\n    (1) "Fine."\n${text}\n    (2) "Also fine."\n  }\n}\n`;
        const triple = errorsOf(await diagnosticsOf(open('    (3) """Never closed')));
        expect(triple.map((error) => [error.code, error.range.start.line])).toEqual([[SyntaxCodes.UnclosedQuotation, 3]]);
        const comment = errorsOf(await diagnosticsOf(open('    /* never closed')));
        expect(comment.map((error) => [error.code, error.range.start.line])).toEqual([[SyntaxCodes.UnclosedComment, 3]]);
    });

    it('quotations close as before: escapes, quotation marks inside """...""", and a definition\'s term', async () => {
        const draft = 'act "A" {\n  "community body" means "a body with \\"members\\""\n  section 1 {\n    (1) """He said "no" to the ""plan""."""\n    (2) "Two\n    lines."\n  }\n}\n';
        expect(errorsOf(await diagnosticsOf(draft))).toEqual([]);
    });

    it('lexes 4.5 MB of quoted text, defined term, block comment and block string in linear time', () => {
        const { Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
        const big = 'x '.repeat(2_250_000);
        for (const text of [`"${big}"`, `"${big}" means "y"`, `/*${big}*/`, `"""${big}"""`, `"${'\\"'.repeat(1_000_000)}"`, `"${big}`]) {
            const result = Commons.parser.Lexer.tokenize(text);
            expect(result.tokens.length + result.hidden.length).toBeGreaterThan(0);
        }
    });

    it('after the parser fails deep in the stack, the next draft parses as if nothing happened', () => {
        const { Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
        const parser = Commons.parser.LangiumParser;
        const results: Array<ReturnType<typeof parser.parse>> = [];
        // Recurse until the stack is nearly full, then parse there: the parser runs out of stack
        // part-way through, at many different points as the recursion unwinds.
        const descend = (): boolean => {
            try {
                if (!descend()) return false;
            } catch {
                return true;
            }
            results.push(parser.parse(nested(25)));
            return results.length < 200;
        };
        descend();
        expect(results.some((result) => result.parserErrors.some((error) => /its parser failed/.test(error.message)))).toBe(true);
        const after = parser.parse(nested(25));
        expect(after.lexerErrors).toEqual([]);
        expect(after.parserErrors).toEqual([]);
        expect(after.value.$type).toBe('Document');
    });

    it('parses 200,000 comments in a row, before the first token and after the last', () => {
        const { Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
        const comments = '// a note\n'.repeat(200_000);
        const result = Commons.parser.LangiumParser.parse(`${comments}act "A" {\n  section 1 {\n${comments}    (1) "Text."\n  }\n}\n${comments}`);
        expect(result.parserErrors).toEqual([]);
        expect(result.lexerErrors).toEqual([]);
    });

    it('lays out a draft of 20,000 comments, keeping every character', () => {
        const { shared } = createCommonsLanguageServices({ ...EmptyFileSystem });
        const text = `act "Notes" {\n  section 1 {\n${Array.from({ length: 20_000 }, (_, index) => (index % 2 ? '// note\n' : `/* note */ (${index + 1}) "Text."\n`)).join('')}  }\n}\n`;
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/robustness/comments.commons'));
        const formatted = TextDocument.applyEdits(TextDocument.create('memory://draft', 'commons', 0, text), formattingEdits(document, { tabSize: 2, insertSpaces: true }));
        expect(formatted.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        expect(formatted).toContain('\n    // note\n');
    });
});
