import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { fixtureFolder } from '../helpers/cli.js';
import { positionOf, startServer, uriOf, type TestServer } from './lsp-test-client.js';

// The clause hover as an editor sees it: the real server over stdio, hovering over the words of
// clauses. Over a [reference] its own hover answers instead; over a finding, the reading follows it.

const DRAFT = `policy "Estate leases" {
  ethos "People who live on the estate decide its future."
  actor council: local-authority "the council"
  section 1 "Leases" {
    (1) "It is for the council to decide."
    (2) "The [council] must grant the lease where the residents vote for it."
    (3) "Residents may comment on the proposals."
  }
}
`;

let server: TestServer;
let uri: string;

beforeAll(async () => {
    const folder = fixtureFolder({ 'leases.commons': DRAFT });
    uri = uriOf(join(folder, 'leases.commons'));
    server = await startServer(folder);
    await server.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'community/institution-decides'));
});

afterAll(async () => {
    await server?.stop();
});

const hover = async (needle: string, shift = 1) => {
    const result = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, needle, shift) });
    return (result?.contents as { value: string } | undefined)?.value ?? '';
};

describe('the clause hover', () => {
    it('shows who acts, the kind of act and the modal of each statement, with the citation', async () => {
        const text = await hover('grant the lease');
        expect(text).toContain('How Commons reads section 1(2)');
        expect(text).toContain('Who acts: the council (a public body, the subject)');
        expect(text).toContain('Modal: must (a duty)');
        expect(text).toContain('Who acts: the residents (the community side, the subject)');
    });

    it('says why no four-shift finding was made when the reading shows it', async () => {
        expect(await hover('grant the lease')).toContain('No four-shift finding: a condition hands the decision to the community ("where the residents vote for it")');
    });

    it('gives the community\'s part, and the verdict that fired elsewhere in a flagged clause', async () => {
        expect(await hover('comment on')).toContain('Community\'s part: consulted');
        expect(await hover('It is for')).toContain('Commons reads this clause as institution-led: the council keeps the decision ("decide")');
    });

    it('leaves a [reference] to its own hover, and shows the reading under a finding', async () => {
        const reference = await hover('[council]', 2);
        expect(reference).toContain('**council** is an actor');
        expect(reference).not.toContain('Who acts');
        const finding = await hover('decide."', 2);
        expect(finding).toContain('Why this matters');
        expect(finding.indexOf('Why this matters')).toBeLessThan(finding.indexOf('How Commons reads section 1(1)'));
        expect(finding).toContain('Commons reads this clause as institution-led: the council keeps the decision');
    });
});
