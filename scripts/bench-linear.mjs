// `npm run bench:linear`: checks that the lexer, the parser, the language checks with the linter,
// and the formatter take time in proportion to the size of a draft, on ordinary drafts and on
// the shapes that used to take quadratic time or crash (many comments, unclosed quotation marks,
// deep nesting, garbage, one huge quotation).
//
// For each shape, drafts of 1, 2, 4 and 8 units are timed (the fastest of --runs runs, default 3);
// the check fails when the largest takes more than MAX_GROWTH times as long per byte as the
// smallest (linear work gives about 1; quadratic work gives about 8). Timing on a shared machine
// varies, so the margin is wide: it catches quadratic growth, not a few per cent.
//
// Options: --runs N, --scale N (multiplies every size; default 1), --only SHAPE.
// Exit code 0 when every phase of every shape grew linearly, 1 otherwise.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { EmptyFileSystem, URI } = await import('langium');
const { createCommonsLanguageServices, formattingEdits } = await import(join(root, 'packages/language-server/out/index.js'));

const argument = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(argument('runs', 3));
const SCALE = Number(argument('scale', 1));
const ONLY = argument('only', undefined);
const MAX_GROWTH = 2.5;
const FACTORS = [1, 2, 4, 8];

const example = readFileSync(join(root, 'examples/neighbourhood-budget.commons'), 'utf8');
const sectionsOf = (text) => [...text.matchAll(/^ {4}section \d+[^\n]*\{\n[\s\S]*?^ {4}\}\n/gm)].map((match) => match[0]);
const sections = sectionsOf(example);
const preamble = example.slice(0, example.indexOf('  part 1'));

/** Draft shapes: each makes a draft of `units` repeated units. */
const SHAPES = {
    // The example's sections repeated and renumbered, under its own metadata and definitions.
    ordinary: (units) => `${preamble}${Array.from({ length: units * 20 }, (_, index) => sections[index % sections.length].replace(/section \d+/, `section ${index + 1}`)).join('')}}\n`,
    comments: (units) => `act "Comments" {\n  section 1 {\n${Array.from({ length: units * 2000 }, (_, index) => index % 2 ? '    // a note\n' : `    /* note ${index} */ (${index + 1}) "Text."\n`).join('')}  }\n}\n`,
    'unclosed quotes': (units) => `act "Quotes" {\n  section 1 {\n${'    (1) "open\n'.repeat(units * 2000)}  }\n}\n`,
    'deep nesting': (units) => `act "Deep" {\n  section 1 {\n${Array.from({ length: units * 20 }, () => `${'(a) "x" {\n'.repeat(40)}${'}\n'.repeat(40)}`).join('')}  }\n}\n`,
    garbage: (units) => `act "Garbage" {\n${'@ # $ ~ ^ ; ( ) [ { "\n'.repeat(units * 1000)}}\n`,
    // Clauses just under the length Commons reads, each different, so no reading is reused.
    'long clauses': (units, salt) => `act "Long" {\n  section 1 {\n${Array.from({ length: units * 8 }, (_, index) => `    (${index + 1}) "${Array.from({ length: 450 }, (_, part) => `The council must publish plan ${salt}-${index}-${part} and consult the forum, `).join('')}"\n`).join('')}  }\n}\n`,
    'huge quotation': (units) => `act "Huge" {\n  section 1 {\n    "${'word '.repeat(units * 100_000)}"\n  }\n}\n`
};

const { shared, Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
let counter = 0;

async function timePhases(text) {
    const phases = {};
    const time = async (name, work) => {
        const start = performance.now();
        const result = await work();
        phases[name] = performance.now() - start;
        return result;
    };
    await time('lex', () => Commons.parser.Lexer.tokenize(text));
    await time('parse', () => Commons.parser.LangiumParser.parse(text));
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${counter++}.commons`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await time('check+lint', () => shared.workspace.DocumentBuilder.build([document], { validation: true }));
    await time('format', () => formattingEdits(document, { tabSize: 2, insertSpaces: true }));
    shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    return phases;
}

let failed = false;
for (const [shape, make] of Object.entries(SHAPES)) {
    if (ONLY && shape !== ONLY) continue;
    const rows = [];
    await timePhases(make(SCALE, 'warm-up')); // the first run of any shape compiles the code it takes
    for (const factor of FACTORS) {
        let best;
        let text = '';
        for (let run = 0; run < RUNS; run++) {
            // Each run's clauses differ from every other run's, so no reading is served from a cache.
            text = make(factor * SCALE, `${factor}.${run}`);
            const phases = await timePhases(text);
            best = best ? Object.fromEntries(Object.entries(phases).map(([name, ms]) => [name, Math.min(ms, best[name])])) : phases;
        }
        rows.push({ bytes: text.length, phases: best });
    }
    const first = rows[0];
    const last = rows[rows.length - 1];
    console.log(`\n${shape}`);
    for (const row of rows) {
        console.log(`  ${(row.bytes / 1024).toFixed(0).padStart(7)} KB  ${Object.entries(row.phases).map(([name, ms]) => `${name} ${ms.toFixed(1).padStart(8)} ms`).join('  ')}`);
    }
    for (const phase of Object.keys(first.phases)) {
        // Phases under 5 ms at the largest size are noise; there is nothing quadratic to see.
        if (last.phases[phase] < 5) continue;
        const growth = (last.phases[phase] / last.bytes) / (Math.max(first.phases[phase], 0.5) / first.bytes);
        const verdict = growth <= MAX_GROWTH ? 'linear' : 'NOT LINEAR';
        if (growth > MAX_GROWTH) failed = true;
        console.log(`  ${phase}: time per byte grew ${growth.toFixed(2)}x from the smallest to the largest: ${verdict}`);
    }
}
console.log(failed ? '\nSome phase grew faster than the draft.' : '\nEvery phase grew in proportion to the draft.');
process.exit(failed ? 1 : 0);
