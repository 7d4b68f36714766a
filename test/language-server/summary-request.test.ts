import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../packages/language-server/src/protocol.js';
import { fixtureFolder } from '../helpers/cli.js';
import { startServer, uriOf, type TestServer } from './lsp-test-client.js';

// commons/summary asked the moment a draft opens, before its findings have been published: the
// answer waits for the check instead of reporting no findings, and carries the plain summary.
const DRAFT = `policy "Quick Policy" {
  actor council: local-authority "the council"
  actor forum: neighbourhood-forum "the forum"
  part 1 "Money" {
    section 1 "Grants" {
      (1) "The [council] shall decide how the grants are spent, and may ask the [forum] for its views."
      (2) "The [council] must pay the grants within 3 months unless the [forum] objects."
      (3) "The [nobody] must report."
      budget Grants {
        amount GBP 50000 per year for 3 years
        devolved to forum
        decided by council via officer-decision
      }
    }
  }
}
`;

let server: TestServer;
let folder: string;
beforeAll(async () => {
    folder = fixtureFolder({ 'quick.commons': DRAFT });
    server = await startServer(folder);
});
afterAll(async () => server?.stop());

describe('commons/summary', () => {
    it('answers a request sent with the draft\'s opening only once the draft has been checked', async () => {
        const uri = uriOf(`${folder}/quick.commons`);
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version: 1, text: DRAFT } });
        const summary = await server.connection.sendRequest<DraftSummary>('commons/summary', { textDocument: { uri } });
        expect(summary.languageProblems.map((problem) => problem.code)).toContain('language/unresolved-reference');
        expect(summary.otherFindings.flatMap((group) => group.findings).map((finding) => finding.code)).toContain('drafting/shall');
        const shiftFindings = summary.shifts.flatMap((shift) => shift.findings);
        expect(shiftFindings.length).toBeGreaterThan(0);
    });

    it('carries the plain-language summary, checked against the draft', async () => {
        const uri = uriOf(`${folder}/quick.commons`);
        const { plain } = await server.connection.sendRequest<DraftSummary>('commons/summary', { textDocument: { uri } });
        expect(plain.title).toBe('Quick Policy');
        expect(plain.check.issues).toEqual([]);
        const sentences = plain.parts.flatMap((part) => part.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text)));
        expect(sentences).toContain('The council must pay the grants within 3 months unless the forum objects.');
        expect(sentences).toContain('£50,000 a year for 3 years goes to the forum.');
        // The findings the editor published are in the record: this draft states no ethos.
        expect(plain.shifts.find((record) => record.shift === 'ethos')!.against.map((entry) => entry.says).join(' ')).toContain('states no ethos');
        expect(plain.shifts.find((record) => record.shift === 'community')!.supports.length).toBeGreaterThan(0);
    });
});

describe('hover over a heading', () => {
    it('shows that section\'s or provision\'s plain summary', async () => {
        const uri = uriOf(`${folder}/quick.commons`);
        const lines = DRAFT.split('\n');
        const sectionLine = lines.findIndex((line) => line.includes('section 1 "Grants"'));
        const section = await server.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: sectionLine, character: lines[sectionLine].indexOf('Grants') + 2 } });
        expect(section.contents.value).toContain('**Section 1 in plain words**');
        expect(section.contents.value).toContain('- The council must pay the grants within 3 months unless the forum objects.');
        const budgetLine = lines.findIndex((line) => line.includes('budget Grants'));
        const budget = await server.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: budgetLine, character: lines[budgetLine].indexOf('Grants') + 1 } });
        expect(budget.contents.value).toContain('**In plain words**');
        expect(budget.contents.value).toContain('£50,000 a year for 3 years goes to the forum.');
        expect(budget.contents.value).not.toContain('The council must pay the grants');
    });
});
