import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { repositoryRoot } from '../helpers/cli.js';

// Random drafts for the property tests: drafts built from the grammar (every construct, valid
// and nearly valid), and the example drafts with random damage of the kinds real drafts suffer
// (pasted text, half-typed edits, unbalanced quotes and braces, stray bytes).

/** How many cases each property runs: a few seconds in `npm test`, more under `npm run fuzz`. */
export function fuzzRuns(quick: number): number {
    const asked = Number(process.env.COMMONS_FUZZ_RUNS);
    return Number.isFinite(asked) && asked > 0 ? asked : quick;
}

/** The seed of a run: fixed in `npm test` so it never flakes; set COMMONS_FUZZ_SEED to explore. */
export function fuzzSeed(): number {
    const asked = Number(process.env.COMMONS_FUZZ_SEED);
    return Number.isInteger(asked) ? asked : 20261205;
}

export interface ExampleDraft {
    name: string;
    text: string;
}

export function exampleDrafts(): ExampleDraft[] {
    const found: ExampleDraft[] = [];
    const walk = (folder: string) => {
        for (const name of readdirSync(folder).sort()) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.commons')) found.push({ name: relative(repositoryRoot, path), text: readFileSync(path, 'utf8') });
        }
    };
    walk(join(repositoryRoot, 'examples'));
    return found;
}

const WORDS = ['the', 'council', 'must', 'shall', 'may', 'not', 'community', 'body', 'forum', 'residents', 'decide', 'consult', 'publish',
    'plan', 'he', 'she', 'his', 'minister', 'Secretary', 'of', 'State', 'budget', 'target', 'per', 'cent', 'within', '12', 'months',
    'is', 'to', 'be', 'approved', 'by', 'vote', 'and', 'or', 'where', 'if', 'section', '3(2)(a)', '[community body]', '[section 1]',
    '[council]', 'funding', 'outputs', 'number', 'of', 'meetings', 'held', '—', ';', ',', '.', '“quoted”', 'Ünïcödé', '🙂'];

const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((list) => list.join(' '));
const quoted = (min: number, max: number) => words(min, max).map((text) => `"${text}"`);
const name = fc.constantFrom('council', 'forum', 'minister', 'residents', 'treasury', 'board', 'assembly');
const number = fc.integer({ min: 1, max: 12 }).map(String);
const marker = fc.constantFrom('(1)', '(2)', '(3)', '(a)', '(b)', '(c)', '(i)', '(ii)', '(2A)');
const duration = fc.tuple(number, fc.constantFrom('months', 'years', 'weeks', 'days', 'fortnights')).map(([n, unit]) => `${n} ${unit}`);

const clause: fc.Memo<string> = fc.memo((depth) => fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    quoted(1, 20),
    fc.tuple(marker, quoted(1, 20)).map(([m, text]) => `${m} ${text}`),
    depth > 1
        ? fc.tuple(marker, quoted(1, 10), fc.array(clause(depth - 1), { minLength: 1, maxLength: 3 }), fc.option(quoted(1, 6), { nil: undefined }))
            .map(([m, text, items, closing]) => `${m} ${text} {\n${items.join('\n')}\n}${closing ? ` ${closing}` : ''}`)
        : quoted(1, 5)
));

const provision = fc.oneof(
    fc.tuple(name, name, duration).map(([holder, bearer, limit]) => `right Right${holder} {\n holder ${holder}\n duty-bearer ${bearer}\n time-limit ${limit}\n appeal "to the tribunal"\n}`),
    fc.tuple(name, words(2, 8)).map(([bearer, action]) => `duty Duty${bearer} {\n bearer ${bearer}\n action "${action}"\n deadline within 3 months\n}`),
    fc.tuple(fc.constantFrom('GBP', 'EUR', 'USD', 'XYZ', ''), fc.constantFrom('250000', '2.5m', '1,000', '0', '-5', '99999999999999999999'), name)
        .map(([currency, amount, body]) => `budget Budget {\n amount ${currency} ${amount} per year for 10 years\n devolved to ${body}\n decided by ${body} via participatory-budgeting\n allocate 40% to ${body}\n allocate 70% to "youth projects"\n}`),
    fc.tuple(fc.constantFrom('outcome', 'output', 'metric'), words(2, 8)).map(([kind, text]) => `measure ${kind} "${text}" evidence qualitative over 3 years`),
    fc.constantFrom('participation P {\n participants residents\n level consult\n method citizens-assembly\n}', 'commencement on 2027-04-01', 'sunset after 5 years',
        'review every 2 years by council', 'in "section 95(6)" of "Localism Act 2011" for "six weeks" substitute "six months"', 'power P {\n holder minister\n regulations affirmative\n}')
);

const sectionItem = fc.oneof({ weight: 3, arbitrary: clause(4) }, { weight: 1, arbitrary: provision });
const section = fc.tuple(fc.constantFrom('section', 'article'), number, fc.option(quoted(1, 4), { nil: undefined }), fc.array(sectionItem, { minLength: 0, maxLength: 4 }))
    .map(([unit, n, title, items]) => `${unit} ${n}${title ? ` ${title}` : ''} {\n${items.join('\n')}\n}`);
const declaration = fc.oneof(
    fc.tuple(name, fc.constantFrom('local-authority', 'neighbourhood-forum', 'minister', 'residents', 'private-contractor', 'community-body'), quoted(1, 4))
        .map(([n, kind, label]) => `actor ${n}: ${kind} ${label}`),
    fc.tuple(words(1, 2), quoted(1, 12)).map(([term, meaning]) => `"${term}" means ${meaning}`),
    fc.tuple(words(1, 2), quoted(1, 12)).map(([term, meaning]) => `"${term}" includes ${meaning}`)
);
const metadata = fc.constantFrom('status draft', 'status enacted', 'year 2027', 'extent England, Wales', 'short-title "A Short Title"', 'version 2',
    'purpose "Give communities a real say."', 'ethos "Communities know their places best."', 'sponsor "The Council"');
const comment = fc.oneof(words(0, 6).map((text) => `// ${text}`), words(0, 6).map((text) => `/* ${text} */`));
const member = fc.oneof(
    { weight: 1, arbitrary: metadata },
    { weight: 2, arbitrary: declaration },
    { weight: 4, arbitrary: section },
    { weight: 1, arbitrary: fc.tuple(number, fc.array(section, { maxLength: 3 })).map(([n, sections]) => `part ${n} "A part" {\n${sections.join('\n')}\n}`) },
    { weight: 1, arbitrary: fc.tuple(number, fc.array(clause(2), { maxLength: 3 })).map(([n, clauses]) => `schedule ${n} "A schedule" {\n paragraph 1 {\n${clauses.join('\n')}\n }\n}`) },
    { weight: 1, arbitrary: comment }
);

/** A draft built from the grammar: an instrument with metadata, declarations, structure and provisions. */
export const grammarDraft: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom('act', 'bill', 'policy', 'programme', 'amendment'),
    quoted(1, 5),
    fc.array(member, { minLength: 0, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n')
).map(([kind, title, members, eol]) => `${kind} ${title} {\n${members.join('\n')}\n}\n`.replace(/\n/g, eol));

/** Text that breaks drafts: unbalanced quotes, braces and comments, stray bytes, deep nesting, long runs. */
const DAMAGE = ['"', '"""', '{', '}', '/*', '*/', '//', '\u0000', '\r', '\r\n', '\t', '\\', '\\"', '[', ']', '(', ')', '(1)', '%', ',', ':',
    '\uFEFF', '\u2028', '\uD800', '🙂', 'shall', ' means ', ' includes ', 'section 1 {', 'import "./nowhere.commons"', 'import "./"', '"x" means',
    '(a) "x" {'.repeat(40), '}'.repeat(40), '"'.repeat(7), '{'.repeat(100), 'word '.repeat(2000), '"open\n'.repeat(50)];

/** One piece of damage at a position given as a fraction of the text's length. */
const edit = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...DAMAGE), fc.string({ maxLength: 8 })) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) })
);

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete' | 'duplicate'; at: number; length: number };

function damage(text: string, edits: readonly Edit[]): string {
    let result = text;
    for (const change of edits) {
        const at = Math.floor(change.at * result.length);
        if (change.kind === 'insert') result = result.slice(0, at) + change.text + result.slice(at);
        else if (change.kind === 'delete') result = result.slice(0, at) + result.slice(at + change.length);
        else result = result.slice(0, at) + result.slice(at, at + change.length) + result.slice(at);
    }
    return result;
}

/** An example draft (or a grammar-built one) with one to five pieces of damage. */
export function damagedDraft(examples: readonly ExampleDraft[]): fc.Arbitrary<string> {
    return fc.tuple(fc.oneof(fc.constantFrom(...examples.map((example) => example.text)), grammarDraft), fc.array(edit, { minLength: 1, maxLength: 5 }))
        .map(([text, edits]) => damage(text, edits));
}

/** Any draft the properties are checked on: built from the grammar, or damaged. */
export function anyDraft(examples: readonly ExampleDraft[]): fc.Arbitrary<string> {
    return fc.oneof({ weight: 1, arbitrary: grammarDraft }, { weight: 2, arbitrary: damagedDraft(examples) });
}
