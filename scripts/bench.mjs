// `npm run bench`: how fast `commons lint` checks a large statute book, on one thread and on
// every core, against textlint and against a read-and-split lower bound, all measured in the
// same run on the same machine (a quoted figure from another day and machine is not a ratio).
//
// The statute book is generated from the labelled clauses in corpus/*-clauses.json: Acts of
// parts, sections and numbered subsections, some with a schedule and shared definitions they
// import, so cross-file references resolve as in a real workspace. Every subsection gets a
// sentence of its own, so no two clause texts repeat and the prose cache cannot flatter the result.
//
// Each measurement starts a process and is timed from launch to exit, start-up included:
// - read-and-split lower bound: read every file of the book and split it into lines, sentences
//   and words; the fastest any linter could go.
// - `commons lint` on the book, with --jobs 1 and with one thread per core.
// - textlint with sentence-length, max-comma and write-good (default options), through its own
//   command, on the clause prose of the book alone: the same clause texts, one plain-text file per
//   draft and one paragraph per clause. Its MB/s counts the prose bytes. Plain text rather than
//   Markdown, because the prose has no markup and parsing Markdown would only slow textlint down.
// "x textlint" compares time on the same prose (textlint's seconds / this line's seconds), so
// the structure Commons also reads counts against Commons, not for it. "x bound" is this line's
// seconds / the lower bound's seconds. "load" is the 1-minute load average just before the line's
// first run; on a busy machine the figures are not comparable.
//
// Options: --mb N (size of the book, default 6.8, the size of the sample textlint was first
// measured on), --runs N (default 1; each line reports the median), --keep (leave the book and the
// prose in place and print the path).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const commons = join(root, 'packages/cli/bin/commons.js');
const textlintBin = join(root, 'node_modules/textlint/bin/textlint.js');
const TEXTLINT_RULES = ['sentence-length', 'max-comma', 'write-good'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
};
const targetBytes = Number(option('mb', '6.8')) * 1e6;
const runs = Math.max(1, Number(option('runs', '1')));
const keep = args.includes('--keep');

if (!existsSync(join(root, 'packages/cli/dist/main.js'))) {
    console.error('Build first: npm run build');
    process.exit(2);
}
if (!existsSync(textlintBin)) {
    console.error('textlint is not installed: npm install');
    process.exit(2);
}

const corpusFolder = join(root, 'corpus');
const corpusFiles = existsSync(corpusFolder) ? readdirSync(corpusFolder).filter((name) => name.endsWith('-clauses.json')).sort() : [];
if (corpusFiles.length === 0) {
    console.error(`No labelled clauses in ${corpusFolder} (expected real-clauses.json and more-clauses.json).`);
    process.exit(2);
}
const clauses = corpusFiles.flatMap((name) => JSON.parse(readFileSync(join(corpusFolder, name), 'utf8')).clauses.map((clause) => clause.text));
const quote = (text) => (text.includes('"') ? `"""${text}"""` : `"${text}"`);
const AREAS = ['Northfield', 'Riverside', 'Eastgate', 'Hillcrest', 'Millbrook', 'Westholme', 'Southmead', 'Oakley'];

/**
 * A statute book of about `bytes`: Acts, some with a schedule and a definitions file they import.
 * Beside it, in `proseFolder`, the clause texts of each draft as a plain-text file, one paragraph each.
 */
function generateBook(folder, proseFolder, bytes) {
    let total = 0;
    let proseBytes = 0;
    let clauseIndex = 0;
    let files = 0;
    let proseFiles = 0;
    const nextClause = () => {
        const n = clauseIndex++;
        const text = clauses[n % clauses.length].replace(/\s+/g, ' ');
        return `${text} This applies in the ${AREAS[n % AREAS.length]} area from day ${n + 1}.`;
    };
    const write = (path, text, prose) => {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
        total += Buffer.byteLength(text);
        files++;
        if (prose.length > 0) {
            const plain = prose.join('\n\n') + '\n';
            mkdirSync(proseFolder, { recursive: true });
            writeFileSync(join(proseFolder, path.replace(/\.commons$/, '.txt')), plain);
            proseBytes += Buffer.byteLength(plain);
            proseFiles++;
        }
    };
    for (let act = 1; total < bytes; act++) {
        const name = `act-${String(act).padStart(4, '0')}`;
        const withSchedule = act % 5 === 0;
        const lines = [];
        const prose = [];
        const clause = (text) => (prose.push(text), quote(text));
        if (withSchedule) lines.push(`import "./${name}-definitions.commons"`, `import "./${name}-schedule.commons"`, '');
        lines.push(`act "Statute Book Act ${act}" {`, '  status enacted', `  year ${1990 + (act % 35)}`, '  extent England');
        if (!withSchedule) {
            lines.push('  actor council: local-authority "the council"', '  actor minister: minister "the Secretary of State"',
                '  actor forum: neighbourhood-forum "the neighbourhood forum"', '  "community body" means "a body run by people who live in the area"');
        }
        let section = 1;
        for (let part = 1; part <= 3; part++) {
            lines.push(`  part ${part} "Part ${part}" {`);
            for (let s = 0; s < 5; s++, section++) {
                lines.push(`    section ${section} "Provision ${section}" {`);
                for (let sub = 1; sub <= 3; sub++) lines.push(`      (${sub}) ${clause(nextClause())}`);
                lines.push('    }');
            }
            lines.push('  }');
        }
        lines.push('}', '');
        write(`${name}.commons`, lines.join('\n'), prose);
        if (withSchedule) {
            write(`${name}-definitions.commons`, [
                `definitions "Definitions for Act ${act}" {`,
                '  actor council: local-authority "the council"', '  actor minister: minister "the Secretary of State"',
                '  actor forum: neighbourhood-forum "the neighbourhood forum"',
                '  "community body" means "a body run by people who live in the area"', '}', ''
            ].join('\n'), []);
            const scheduleProse = [];
            const scheduleClause = (text) => (scheduleProse.push(text), quote(text));
            const schedule = [`schedule 1 "Supplementary provision" {`];
            for (let paragraph = 1; paragraph <= 4; paragraph++) {
                schedule.push(`  paragraph ${paragraph} {`, `    (1) ${scheduleClause(nextClause())}`,
                    `    (2) ${scheduleClause(`The [council] must act under [section ${paragraph}] of the Act.`)}`, '  }');
            }
            schedule.push('}', '');
            write(`${name}-schedule.commons`, schedule.join('\n'), scheduleProse);
        }
    }
    return { files, bytes: total, proseFiles, proseBytes };
}

/** Runs a command to completion and returns its wall-clock seconds, start-up included. */
function timed(what, command, options, okStatuses = [0]) {
    const started = performance.now();
    const run = spawnSync(process.execPath, command, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
        ...options, env: { ...process.env, CI: '1', NO_COLOR: '1' } });
    const seconds = (performance.now() - started) / 1000;
    if (!okStatuses.includes(run.status)) throw new Error(`${what} failed (exit ${run.status}):\n${run.stderr}`);
    return { seconds, stdout: run.stdout };
}

// The lower bound: read every file of the book and split it into lines, sentences and words.
const READ_AND_SPLIT = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
let files = 0, lines = 0, sentences = 0, words = 0;
const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) { walk(path); continue; }
        files++;
        for (const line of readFileSync(path, 'utf8').split('\\n')) {
            lines++;
            for (const sentence of line.split(/(?<=[.!?])\\s+/)) { sentences++; words += sentence.split(/\\s+/).length; }
        }
    }
};
walk(process.argv[1]);
console.log(JSON.stringify({ files, lines, sentences, words }));
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((value) => value.toFixed(2));
const folder = mkdtempSync(join(tmpdir(), 'commons-bench-'));
try {
    const bookFolder = join(folder, 'book');
    const proseFolder = join(folder, 'prose');
    const book = generateBook(bookFolder, proseFolder, targetBytes);
    const mb = book.bytes / 1e6;
    const proseMb = book.proseBytes / 1e6;
    const cores = availableParallelism();
    const textlintVersion = JSON.parse(readFileSync(join(root, 'node_modules/textlint/package.json'), 'utf8')).version;
    console.log(`Statute book: ${book.files} files, ${mb.toFixed(2)} MB, generated from ${clauses.length} labelled clauses in corpus/ (every subsection unique).`);
    console.log(`Its clause prose: ${book.proseFiles} plain-text files, ${proseMb.toFixed(2)} MB (what textlint reads).`);
    console.log(`Machine: ${cores} cores, Node ${process.versions.node}, load average ${load().join(' ')} (1, 5, 15 min). Runs per line: ${runs} (median).`);
    console.log(`Ratios: "x textlint" = textlint's seconds / the line's seconds on the same prose; "x bound" = the line's seconds / the lower bound's.\n`);

    const line = (label, seconds, rate, ratio, loadBefore) =>
        console.log(`${label.padEnd(40)} ${seconds.toFixed(2).padStart(7)} s  ${rate === undefined ? '     -' : rate.toFixed(2).padStart(6)} MB/s  ${ratio.padEnd(26)} load ${loadBefore}`);
    const measure = (runOnce) => {
        const loadBefore = load()[0];
        return { seconds: median(Array.from({ length: runs }, runOnce)), loadBefore };
    };

    let split;
    const bound = measure(() => {
        const run = timed('read-and-split', ['--input-type=module', '-e', READ_AND_SPLIT, bookFolder], {});
        split = JSON.parse(run.stdout);
        return run.seconds;
    });
    if (split.files !== book.files) throw new Error(`read-and-split read ${split.files} files, expected ${book.files}`);

    writeFileSync(join(folder, 'tiny.commons'), 'act "Tiny" { section 1 { "The council must act." } }\n');
    const lint = (path, jobs, output) => timed('commons lint',
        // Run from the folder that holds the book: Commons reads drafts only inside the workspace (the current folder).
        [commons, 'lint', path, '--format', 'json', '--output', output, '--jobs', String(jobs)], { cwd: folder }, [0, 1]).seconds;
    const startup = measure(() => lint(join(folder, 'tiny.commons'), 1, join(folder, 'tiny.json')));

    const outputs = {};
    const lintBook = (label, jobs) => {
        const output = join(folder, `lint-${jobs}.json`);
        const result = measure(() => lint(bookFolder, jobs, output));
        outputs[label] = createHash('sha256').update(readFileSync(output)).digest('hex');
        return result;
    };
    const oneLabel = 'commons lint, one thread (--jobs 1)';
    const allLabel = `commons lint, all cores (--jobs ${cores})`;
    const one = lintBook(oneLabel, 1);
    const all = lintBook(allLabel, cores);

    let textlintFindings = 0;
    const textlint = measure(() => {
        const output = join(folder, 'textlint.json');
        rmSync(output, { force: true });
        const run = timed('textlint', [textlintBin, '--no-textlintrc', '--rules-base-directory', join(root, 'node_modules'),
            ...TEXTLINT_RULES.flatMap((rule) => ['--rule', rule]), '--format', 'json', '--output-file', output, proseFolder],
            { cwd: folder }, [0, 1]);
        const results = JSON.parse(readFileSync(output, 'utf8'));
        if (results.length !== book.proseFiles) throw new Error(`textlint checked ${results.length} files, expected ${book.proseFiles}`);
        textlintFindings = results.reduce((sum, result) => sum + result.messages.length, 0);
        return run.seconds;
    });

    const versusTextlint = (seconds) => `${(textlint.seconds / seconds).toFixed(1)}x textlint`;
    const versusBound = (seconds) => `${(seconds / bound.seconds).toFixed(1)}x bound`;
    line('read-and-split lower bound', bound.seconds, mb / bound.seconds, `${versusTextlint(bound.seconds)}`, bound.loadBefore);
    line('commons lint start-up (one tiny draft)', startup.seconds, undefined, '', startup.loadBefore);
    line(oneLabel, one.seconds, mb / one.seconds, `${versusTextlint(one.seconds)}, ${versusBound(one.seconds)}`, one.loadBefore);
    line(allLabel, all.seconds, mb / all.seconds, `${versusTextlint(all.seconds)}, ${versusBound(all.seconds)}`, all.loadBefore);
    line(`textlint ${textlintVersion}, 3 rules, prose only`, textlint.seconds, proseMb / textlint.seconds, versusBound(textlint.seconds), textlint.loadBefore);

    const same = outputs[oneLabel] === outputs[allLabel];
    console.log(`\nOne thread and all cores report ${same ? 'identical' : 'DIFFERENT'} findings; textlint reported ${textlintFindings} problems.`);
    console.log(`Load average at the end: ${load().join(' ')}.`);
    if (!same) process.exitCode = 1;
    if (keep) console.log(`The statute book is in ${bookFolder}, its prose in ${proseFolder}.`);
} finally {
    if (!keep) rmSync(folder, { recursive: true, force: true });
}
