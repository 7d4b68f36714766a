import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, parseWorkspace } from '../helpers/workspace.js';

describe('parsing', () => {
    it('accepts a small act with structure and provisions', async () => {
        const diagnostics = await diagnosticsOf(`
            act "Community Power Act 2027" {
              status draft  extent England
              actor forum: neighbourhood-forum "a neighbourhood forum"
              "community body" means "a body corporate run by local people"
              part 1 "Community rights" {
                section 1 "Right to buy" {
                  (1) "A [community body] may buy an asset before anyone else."
                  right RightToBuy { holder [community body] duty-bearer forum }
                }
              }
            }`);
        expect(diagnostics).toEqual([]);
    });

    it('takes prose with quotation marks inside block strings', async () => {
        const workspace = await parseWorkspace({ 'main.commons': `act "A" { section 1 { """In this Act "land" includes buildings.""""  } }` });
        const section = workspace.document('main.commons').parseResult.value.instrument!.members[0] as { items: Array<{ text: string }> };
        expect(section.items[0].text).toBe('In this Act "land" includes buildings."');
    });

    it('reads escapes in ordinary strings and keeps other text as written', async () => {
        const workspace = await parseWorkspace({ 'main.commons': String.raw`act "A" { section 1 { "The \"panel\" may meet.\tIt sits in C:\\Hall." "Plain prose, no escapes." } }` });
        const section = workspace.document('main.commons').parseResult.value.instrument!.members[0] as { items: Array<{ text: string }> };
        expect(section.items.map((item) => item.text)).toEqual(['The "panel" may meet.\tIt sits in C:\\Hall.', 'Plain prose, no escapes.']);
    });
});

describe('definitions', () => {
    it('reads a definition that both means and includes, with references in its meaning', async () => {
        const workspace = await parseWorkspace({
            'main.commons': `definitions "D" {
  actor council: local-authority "the council"
  "area" means "the area of the [council]"
  "community body" means "a body run for people in an [area]"
    includes "a parish council"
}`
        });
        expect(workspace.diagnostics('main.commons')).toEqual([]);
        const definitions = workspace.document('main.commons').parseResult.value.fragment as { members: Array<{ name: string; meaning?: string; inclusion?: string }> };
        expect(definitions.members.slice(1).map(({ name, meaning, inclusion }) => ({ name, meaning, inclusion }))).toEqual([
            { name: 'area', meaning: 'the area of the [council]', inclusion: undefined },
            { name: 'community body', meaning: 'a body run for people in an [area]', inclusion: 'a parish council' }
        ]);
    });

    it('checks references inside a definition', async () => {
        const workspace = await parseWorkspace({ 'main.commons': 'definitions "D" {\n  "area" means "the area of the [counsil]"\n}' });
        expect(workspace.diagnostics('main.commons').map((d) => d.code)).toEqual(['language/unresolved-reference']);
    });
});

describe('pasting real law', () => {
    const corpus: Array<{ id: string; text: string }> = JSON.parse(
        readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'real-clauses.json'), 'utf8')).clauses;

    it('parses every clause of the corpus pasted verbatim into a block string, keeping every character', async () => {
        const sections = corpus.map((clause, index) => `  section ${index + 1} { (1) """${clause.text}""" }`).join('\n');
        const workspace = await parseWorkspace({ 'main.commons': `act "Pasted" {\n${sections}\n}` });
        expect(workspace.diagnostics('main.commons')).toEqual([]);
        const parsed = (workspace.document('main.commons').parseResult.value.instrument!.members as Array<{ items: Array<{ text: string }> }>)
            .map((section) => section.items[0].text);
        expect(parsed).toEqual(corpus.map((clause) => clause.text));
    });

    it('parses every clause without straight double quotes pasted into an ordinary string', async () => {
        const plain = corpus.filter((clause) => !clause.text.includes('"'));
        expect(plain.length).toBeGreaterThan(150);
        const sections = plain.map((clause, index) => `  section ${index + 1} { "${clause.text}" }`).join('\n');
        expect((await parseWorkspace({ 'main.commons': `act "Pasted" {\n${sections}\n}` })).diagnostics('main.commons')).toEqual([]);
    });
});
