import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
    CodeAction, CodeLens, CompletionList, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, PublishDiagnosticsParams,
    SemanticTokens, TextEdit, WorkspaceEdit, WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import type { DraftSummary } from '../../packages/language-server/src/protocol.js';
import { fixtureFolder } from '../helpers/cli.js';
import { applyTextEdits, positionOf, startServer, uriOf, type TestServer } from './lsp-test-client.js';

// The language server as an editor drives it: a real process on stdio, a workspace folder of
// several drafts loaded at start-up, then the features one by one. Later tests edit the drafts,
// so the order of the tests matters.

const DEFINITIONS = `definitions "Shared terms" {
  actor council: local-authority "the relevant local authority"
  actor forum: neighbourhood-forum "a neighbourhood forum"
  actor tribunal: tribunal "the First-tier Tribunal"
  "community body" means "a body run by and for people who live in the area"
}
`;

const ACT = `import "./definitions.commons"

act "Test Act 2027" {
  status draft
  purpose "To test the editor."
  ethos "People who live in a place understand it best."

  part 1 "Rights" {
    section 1 "Right to buy" {
      (1) "A [community body] may buy the asset, and the [council] must wait while [community bodies] raise the money."
      (2) "The [Community Body's] offer stands, subject to [subsection (1)]."
      (3) "The [council] shall publish the [relevant plan]."
      right RightToBuy {
        holder [community body]
        duty-bearer council
        time-limit 6 months
        appeal to tribunal "against a refusal"
        enforcement to tribunal "an order to put it right"
      }
    }
  }

  part 2 "Decisions" {
    section 2 "Having a say" {
      participation HaveYourSay {
        participants forum
        level consult
        decided by council
      }
    }
  }
}
`;

const SHALL_DRAFT = `policy "Local plan" {
  ethos "Local people decide."
  actor council: local-authority "the council"
  section 1 "Duty" {
    (1) "The [council] shall publish a plan."
  }
}
`;

const MESSY = `policy   "Messy"{
ethos "People decide."
      actor council :local-authority "the council"
section 1 "S"{
(1) "The [council] must publish a plan,   with  its   spacing   kept."
  duty Publish {
bearer council
      action "publish"
}
}
}
`;

/** Where the "published" folder's commons.json says the rule docs are (without the "/" Commons adds). */
const PUBLISHED_DOCS = 'https://example.org/commons/docs/rules';

let folder: string;
let server: TestServer;
/** The act as the editor holds it; the fix tests change it, and the rename tests work on the result. */
let actText = ACT;
const act = () => uriOf(join(folder, 'act.commons'));
const definitions = () => uriOf(join(folder, 'definitions.commons'));
const codesOf = (uri: string) => (server.latest(uri)?.diagnostics ?? []).map((diagnostic) => diagnostic.code);

beforeAll(async () => {
    folder = fixtureFolder({
        'definitions.commons': DEFINITIONS,
        'act.commons': ACT,
        'messy.commons': MESSY,
        'lenient/commons.json': '{ "rules": { "drafting/shall": "off" } }',
        'lenient/draft.commons': SHALL_DRAFT,
        'broken/commons.json': '{ "rules": { "drafting/shal": "off" } }',
        'broken/draft.commons': SHALL_DRAFT,
        'published/commons.json': `{ "docsUrl": "${PUBLISHED_DOCS}" }`,
        'published/draft.commons': SHALL_DRAFT
    });
    server = await startServer(folder);
    await server.diagnostics(act(), (params) => params.diagnostics.length > 0);
});

afterAll(async () => {
    await server?.stop();
});

describe('findings across the workspace', () => {
    it('checks every draft in the folder at start-up, not only open ones', async () => {
        const params = await server.diagnostics(act(), (p) => p.diagnostics.some((d) => d.code === 'community/institution-decides'));
        const codes = params.diagnostics.map((diagnostic) => diagnostic.code);
        expect(codes).toContain('language/unresolved-reference');
        expect(codes).toContain('drafting/shall');
        expect((await server.diagnostics(definitions())).diagnostics).toEqual([]);
    });

    it('uses the nearest commons.json, and shows problems in a broken one on that file', async () => {
        const lenient = await server.diagnostics(uriOf(join(folder, 'lenient/draft.commons')));
        expect(lenient.diagnostics.map((d) => d.code)).not.toContain('drafting/shall');
        const broken = await server.diagnostics(uriOf(join(folder, 'broken/draft.commons')), (p) => p.diagnostics.length > 0);
        expect(broken.diagnostics.map((d) => d.code)).toContain('drafting/shall');
        const config = await server.diagnostics(uriOf(join(folder, 'broken/commons.json')), (p) => p.diagnostics.length > 0);
        expect(config.diagnostics[0].message).toMatch(/There is no rule called "drafting\/shal". Did you mean "drafting\/shall"/);
    });

    it('carries the rule id, shift and fixes on each finding', () => {
        const finding = server.latest(act())!.diagnostics.find((d) => d.code === 'community/institution-decides')!;
        expect(finding.data).toMatchObject({ ruleId: 'community/institution-decides', shift: 'community' });
        expect(finding.codeDescription?.href).toMatch(/^file:.*docs\/rules\/community\/institution-decides\.md$/);
    });

    it('links findings to the rule docs where commons.json says they are published, early findings too', async () => {
        const uri = uriOf(join(folder, 'published/draft.commons'));
        const shallLinks = (params: PublishDiagnosticsParams) => params.diagnostics.filter((d) => d.code === 'drafting/shall').map((d) => d.codeDescription?.href);
        expect(shallLinks(await server.diagnostics(uri, (p) => p.diagnostics.length > 0))).toEqual([`${PUBLISHED_DOCS}/drafting/shall.md`]);

        // After a keystroke the edited clause is checked at once (early findings), then the whole draft.
        const published: PublishDiagnosticsParams[] = [];
        server.onDiagnostics((params) => { if (params.uri === uri && params.version === 2) published.push(params); });
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version: 1, text: SHALL_DRAFT } });
        await server.diagnostics(uri, (p) => p.version === 1);
        const at = positionOf(SHALL_DRAFT, 'publish a plan', 'publish'.length);
        server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: ', and shall consult on,' }]
        });
        await server.diagnostics(uri, () => published.length === 2);
        for (const params of published) expect(shallLinks(params)).toEqual([`${PUBLISHED_DOCS}/drafting/shall.md`, `${PUBLISHED_DOCS}/drafting/shall.md`]);
    });
});

describe('hovers', () => {
    const hover = async (needle: string, shift = 1, after = 0) => {
        const result = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: act() }, position: positionOf(ACT, needle, shift, after) });
        return (result?.contents as { value: string } | undefined)?.value ?? '';
    };

    it('explains a keyword in plain words', async () => {
        expect(await hover('duty-bearer')).toContain('Who must respect or give effect to the right');
        expect(await hover('level consult', 8)).toMatch(/people are asked for their views, but the institution decides/);
    });

    it('says what an actor is, where it is declared', async () => {
        const text = await hover('council\n', 0, ACT.indexOf('duty-bearer'));
        expect(text).toContain('**council** is an actor: a local authority, "the relevant local authority"');
        expect(text).toContain('definitions.commons');
    });

    it('gives the definition behind a plural reference in prose', async () => {
        const text = await hover('[community bodies]', 3);
        expect(text).toContain('"community body"** is a defined term');
        expect(text).toContain('a body run by and for people who live in the area');
    });

    it('points a citation at the subsection it cites', async () => {
        expect(await hover('[subsection (1)]', 3)).toContain('**section 1(1)**: A \\[community body\\] may buy');
    });

    it('explains why a finding matters and where that comes from', async () => {
        const text = await hover('shall', 2);
        expect(text).toContain('Why this matters');
        expect(text).toContain('drafting/shall');
        expect(text).toContain('Office of the Parliamentary Counsel');
    });
});

describe('completion', () => {
    const complete = (position: { line: number; character: number }) =>
        server.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: act() }, position });

    it('offers the actors and defined terms the draft can see, written as references', async () => {
        const list = await complete(positionOf(ACT, '[community body]\n', 0, ACT.indexOf('holder')));
        const term = list.items.find((item) => item.label === 'community body');
        expect(term?.insertText ?? (term?.textEdit as TextEdit | undefined)?.newText).toBe('[community body]');
        expect(term?.detail).toBe('defined term');
        const council = list.items.find((item) => item.label === 'council');
        expect(council?.detail).toBe('actor: local authority');
    });

    it('completes [references] inside prose, with citations of sections and subsections', async () => {
        const list = await complete(positionOf(ACT, '[council] must', 1));
        const labels = list.items.map((item) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['council', 'community body', 'forum', 'RightToBuy', 'section 1', 'subsection (2)']));
        const forum = list.items.find((item) => item.label === 'forum')!;
        // Inside an existing reference the whole reference is replaced, closing bracket included.
        expect(applyTextEdits(ACT, [forum.textEdit as TextEdit])).toContain('and the [forum] must wait');
    });

    it('offers keywords with their meaning, and whole provisions as snippets', async () => {
        const list = await complete(positionOf(ACT, 'participation HaveYourSay'));
        const duty = list.items.find((item) => item.label === 'duty');
        expect(duty?.detail).toMatch(/something a person or body must do/);
        const budget = list.items.find((item) => item.label === 'budget (devolved budget)');
        expect(budget?.insertTextFormat).toBe(2);
        // The first guesses are parties the draft declares: here its neighbourhood forum.
        expect(budget?.insertText).toContain('devolved to ${6:forum}');
        expect(list.items.map((item) => item.label)).toEqual(expect.arrayContaining(['right (whole provision)', 'measure (outcome)', 'participation (whole provision)', 'power (whole provision)', 'duty (whole provision)']));
    });
});

describe('navigation', () => {
    const definition = async (needle: string, shift = 1, after = 0) =>
        (await server.connection.sendRequest<LocationLink[]>('textDocument/definition', { textDocument: { uri: act() }, position: positionOf(ACT, needle, shift, after) }))[0];

    it('goes from a [prose reference] to the definition in another file', async () => {
        const link = await definition('[community bodies]', 2);
        expect(link.targetUri).toBe(definitions());
        expect(link.targetSelectionRange.start.line).toBe(4);
    });

    it('goes from a structured reference to the actor, and from a citation to the subsection', async () => {
        expect((await definition('council\n', 1, ACT.indexOf('duty-bearer'))).targetSelectionRange.start.line).toBe(1);
        const cited = await definition('[subsection (1)]', 2);
        expect(cited.targetUri).toBe(act());
        expect(cited.targetRange.start.line).toBe(9);
    });

    it('finds every use of a term, in structure and in prose, from its definition', async () => {
        const locations = await server.connection.sendRequest<Location[]>('textDocument/references', {
            textDocument: { uri: definitions() }, position: positionOf(DEFINITIONS, 'community body', 1), context: { includeDeclaration: true }
        });
        const places = locations.map((location) => `${location.uri === act() ? 'act' : 'definitions'}:${location.range.start.line}`).sort();
        expect(places).toEqual(['act:10', 'act:13', 'act:9', 'act:9', 'definitions:4']);
    });

    it('outlines the draft from the shared outline, and folds its blocks', async () => {
        const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: act() } });
        expect(symbols[0].name).toBe('act "Test Act 2027"');
        expect(symbols[0].children!.map((child) => child.name)).toEqual(['Part 1 "Rights"', 'Part 2 "Decisions"']);
        const folds = await server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: act() } });
        expect(folds).toContainEqual(expect.objectContaining({ startLine: 7, endLine: 19 }));
    });

    it('finds provisions and sections across the workspace by name', async () => {
        const symbols = await server.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: 'RightToBuy' });
        expect(symbols.map((symbol) => symbol.name)).toContain('RightToBuy');
        expect(symbols.find((symbol) => symbol.name === 'RightToBuy')!.location.uri).toBe(act());
    });

    it('colours a prose reference by what it points at', async () => {
        const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
        const tokens = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: act() } });
        const decoded: Array<{ line: number; character: number; length: number; type: string }> = [];
        let line = 0;
        let character = 0;
        for (let index = 0; index < tokens.data.length; index += 5) {
            const [deltaLine, deltaStart, length, type] = tokens.data.slice(index, index + 4);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaStart : deltaStart;
            decoded.push({ line, character, length, type: legend.tokenTypes[type] });
        }
        const term = positionOf(ACT, '[community bodies]');
        expect(decoded).toContainEqual({ line: term.line, character: term.character, length: '[community bodies]'.length, type: 'type' });
        const citation = positionOf(ACT, '[subsection (1)]');
        expect(decoded).toContainEqual({ line: citation.line, character: citation.character, length: '[subsection (1)]'.length, type: 'namespace' });
    });
});

describe('the four shifts at a glance', () => {
    it('puts a lens over each part and section with its findings per shift', async () => {
        const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: act() } });
        const byLine = new Map(lenses.map((lens) => [lens.range.start.line, lens.command!.title]));
        expect(byLine.get(8)).toBe('Four shifts: fine on all four');
        expect(byLine.get(23)).toBe('Four shifts: 1 finding on who holds power; fine on ethos over metrics, outcomes over outputs and room for local variety');
    });

    it('answers commons/summary with the outline and the findings grouped by shift', async () => {
        const summary = await server.connection.sendRequest<DraftSummary>('commons/summary', { textDocument: { uri: act() } });
        expect(summary.title).toBe('act "Test Act 2027"');
        expect(summary.shifts.map((shift) => shift.shift)).toEqual(['community', 'ethos', 'outcomes', 'pluralist']);
        expect(summary.shifts[0].findings.map((finding) => finding.code)).toEqual(['community/institution-decides']);
        expect(summary.otherFindings.find((group) => group.pack === 'drafting')!.findings[0].code).toBe('drafting/shall');
        expect(summary.languageProblems.map((problem) => problem.code)).toEqual(['language/unresolved-reference']);
        expect(summary.outline[0].children[1]).toMatchObject({ label: 'Part 2 "Decisions"', findings: 1 });
    });
});

describe('formatting', () => {
    it('lays out structure and leaves every word of prose as it was, the same the second time', async () => {
        const uri = uriOf(join(folder, 'messy.commons'));
        const options = { tabSize: 2, insertSpaces: true };
        const edits = await server.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
        const formatted = applyTextEdits(MESSY, edits);
        expect(formatted).toBe(`policy "Messy" {
  ethos "People decide."
  actor council: local-authority "the council"
  section 1 "S" {
    (1) "The [council] must publish a plan,   with  its   spacing   kept."
    duty Publish {
      bearer council
      action "publish"
    }
  }
}
`);
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'commons', version: 2, text: formatted } });
        await server.diagnostics(uri, (p) => p.version === 2);
        expect(await server.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options })).toEqual([]);
    });
});

describe('fixes', () => {
    let version = 1;
    const actions = async (code: string) => {
        const diagnostic = server.latest(act())!.diagnostics.find((d) => d.code === code)!;
        expect(diagnostic, `a ${code} finding`).toBeDefined();
        return server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: act() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    };
    const change = async (next: string) => {
        actText = next;
        version++;
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: act(), version }, contentChanges: [{ text: actText }] });
        const expected = version;
        // The full check comes after any early findings; wait until typing would have settled.
        return server.diagnostics(act(), (p) => p.version === expected && !p.diagnostics.some((d) => d.code === 'parsing-error'));
    };
    const apply = (action: CodeAction) => applyTextEdits(actText, (action.edit as WorkspaceEdit).changes![act()]);

    beforeAll(async () => {
        server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: act(), languageId: 'commons', version, text: actText } });
        await server.diagnostics(act(), (p) => p.version === version && p.diagnostics.length > 0);
    });

    it('offers the rule\'s fix as the preferred action, and applying it clears the finding', async () => {
        const fix = (await actions('drafting/shall')).find((action) => action.title === 'Replace "shall" with "must"')!;
        expect(fix.isPreferred).toBe(true);
        const next = apply(fix);
        expect(next).toContain('(3) "The [council] must publish the [relevant plan]."');
        await change(next);
        await server.diagnostics(act(), (p) => p.version === version && !p.diagnostics.some((d) => d.code === 'drafting/shall'), 20_000);
    });

    it('marks a fix that changes who holds power for review, never preferred', async () => {
        const fix = (await actions('community/institution-decides')).find((action) => action.title.startsWith('Share the decision'))!;
        expect(fix.title).toBe('Share the decision: raise the level to collaborate (check the wording before you keep it)');
        expect(fix.isPreferred).toBe(false);
    });

    it('adds a waiver comment for the writer to give the reason; with a reason it sets the finding aside', async () => {
        const waiver = (await actions('community/institution-decides')).find((action) => action.title.startsWith('Waive'))!;
        const next = apply(waiver);
        expect(next).toContain('      // commons-ignore community/institution-decides -- \n      participation HaveYourSay {');
        await change(next.replace('community/institution-decides -- ', 'community/institution-decides -- the forum agreed this in March'));
        await server.diagnostics(act(), (p) => p.version === version && !p.diagnostics.some((d) => d.code === 'community/institution-decides'), 20_000);
    });

    it('defines an undefined [term], in this draft or in the shared definitions', async () => {
        const offered = await actions('language/unresolved-reference');
        expect(offered.map((action) => action.title)).toEqual(['Define "relevant plan" in this draft', 'Define "relevant plan" in definitions.commons']);
        const next = apply(offered[0]);
        expect(next).toContain('  ethos "People who live in a place understand it best."\n  "relevant plan" means ""\n');
        await change(next);
        await server.diagnostics(act(), (p) => p.version === version && !p.diagnostics.some((d) => d.code === 'language/unresolved-reference'), 20_000);
    });
});

describe('rename', () => {
    it('renames a term everywhere, keeping plurals, possessives and capitals in prose', async () => {
        const text = actText;
        const position = positionOf(text, '[community bodies]', 3);
        const prepared = await server.connection.sendRequest<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: act() }, position });
        expect(prepared.placeholder).toBe('community body');
        const edit = await server.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: act() }, position, newName: 'neighbourhood group' });
        const renamedAct = applyTextEdits(text, edit.changes![act()]);
        const renamedDefinitions = applyTextEdits(DEFINITIONS, edit.changes![definitions()]);
        expect(renamedDefinitions).toContain('"neighbourhood group" means "a body run by and for people who live in the area"');
        expect(renamedAct).toContain('(1) "A [neighbourhood group] may buy the asset, and the [council] must wait while [neighbourhood groups] raise the money."');
        expect(renamedAct).toContain('(2) "The [Neighbourhood Group\'s] offer stands');
        expect(renamedAct).toContain('holder [neighbourhood group]');
        expect(renamedAct).not.toMatch(/community bod/i);
    });

    it('renames an actor written bare, bracketing it where the new name needs it', async () => {
        const text = actText;
        const edit = await server.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: definitions() }, position: positionOf(DEFINITIONS, 'council', 1), newName: 'local council'
        });
        expect(applyTextEdits(DEFINITIONS, edit.changes![definitions()])).toContain('actor "local council": local-authority');
        const renamedAct = applyTextEdits(text, edit.changes![act()]);
        expect(renamedAct).toContain('duty-bearer [local council]');
        expect(renamedAct).toContain('and the [local council] must wait');
    });

    it('refuses a name that would clash, in plain words', async () => {
        const refusal = server.connection.sendRequest('textDocument/rename', {
            textDocument: { uri: definitions() }, position: positionOf(DEFINITIONS, 'council', 1), newName: 'forum'
        });
        await expect(refusal).rejects.toThrow('Something called forum is already declared');
    });
});

describe('settings', () => {
    it('follows the editor settings when they change', async () => {
        const uri = uriOf(join(folder, 'broken/draft.commons'));
        server.settings.rules = { 'drafting/shall': 'off' };
        // Pull-style notification: no settings in it, so the server asks for them.
        server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await server.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'drafting/shall'), 20_000);
        delete server.settings.rules;
        server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'drafting/shall'), 20_000);
    });

    it('reads commons.json again when it changes on disk', async () => {
        const config = join(folder, 'lenient/commons.json');
        writeFileSync(config, '{ "extends": "commons:strict" }');
        server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
        const params = await server.diagnostics(uriOf(join(folder, 'lenient/draft.commons')), (p) => p.diagnostics.some((d) => d.code === 'drafting/shall'), 20_000);
        expect(params.diagnostics.length).toBeGreaterThan(0);
    });
});

