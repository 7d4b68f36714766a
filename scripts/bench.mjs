// `npm run bench`: how fast `commons lint` checks a large statute book, on one thread and on
// every core, against textlint's ~0.1 MB/s on the same kind of prose (../shared/TOOLCHAIN.md).
//
// The statute book is generated from the real clauses in ../shared/corpus/real-clauses.json:
// Acts of parts, sections and numbered subsections, some with a schedule and shared definitions
// they import, so cross-file references resolve as in a real workspace. Every subsection gets a
// sentence of its own, so no two clause texts repeat and the prose cache cannot flatter the result.
//
// Options: --mb N (size of the book, default 6.8, textlint's sample), --runs N (default 1; the
// median is reported), --keep (leave the generated book in place and print its path).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const commons = join(root, 'packages/cli/bin/commons.js');
const TEXTLINT_MB_PER_SECOND = 0.1;

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
};
const targetBytes = Number(option('mb', '6.8')) * 1e6;
const runs = Number(option('runs', '1'));
const keep = args.includes('--keep');

if (!existsSync(join(root, 'packages/cli/dist/main.js'))) {
    console.error('Build first: npm run build');
    process.exit(2);
}

function sharedFolder() {
    const candidates = [process.env.COMMONS_SHARED, join(root, '..', 'shared'), '/work/shared'].filter(Boolean);
    const found = candidates.find((candidate) => existsSync(join(candidate, 'corpus', 'real-clauses.json')));
    if (!found) throw new Error(`Cannot find the shared folder (looked in ${candidates.join(', ')}). Set COMMONS_SHARED to its path.`);
    return found;
}

const clauses = JSON.parse(readFileSync(join(sharedFolder(), 'corpus', 'real-clauses.json'), 'utf8')).clauses.map((clause) => clause.text);
const quote = (text) => (text.includes('"') ? `"""${text}"""` : `"${text}"`);
const AREAS = ['Northfield', 'Riverside', 'Eastgate', 'Hillcrest', 'Millbrook', 'Westholme', 'Southmead', 'Oakley'];

/** A statute book of about `bytes`: Acts, some with a schedule and a definitions file they import. */
function generateBook(folder, bytes) {
    let total = 0;
    let clauseIndex = 0;
    let files = 0;
    const nextClause = () => {
        const n = clauseIndex++;
        const text = clauses[n % clauses.length].replace(/\s+/g, ' ');
        return `${text} This applies in the ${AREAS[n % AREAS.length]} area from day ${n + 1}.`;
    };
    const write = (path, text) => {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
        total += Buffer.byteLength(text);
        files++;
    };
    for (let act = 1; total < bytes; act++) {
        const name = `act-${String(act).padStart(4, '0')}`;
        const withSchedule = act % 5 === 0;
        const lines = [];
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
                for (let sub = 1; sub <= 3; sub++) lines.push(`      (${sub}) ${quote(nextClause())}`);
                lines.push('    }');
            }
            lines.push('  }');
        }
        lines.push('}', '');
        write(`${name}.commons`, lines.join('\n'));
        if (withSchedule) {
            write(`${name}-definitions.commons`, [
                `definitions "Definitions for Act ${act}" {`,
                '  actor council: local-authority "the council"', '  actor minister: minister "the Secretary of State"',
                '  actor forum: neighbourhood-forum "the neighbourhood forum"',
                '  "community body" means "a body run by people who live in the area"', '}', ''
            ].join('\n'));
            const schedule = [`schedule 1 "Supplementary provision" {`];
            for (let paragraph = 1; paragraph <= 4; paragraph++) {
                schedule.push(`  paragraph ${paragraph} {`, `    (1) ${quote(nextClause())}`, `    (2) "The [council] must act under [section ${paragraph}] of the Act."`, '  }');
            }
            schedule.push('}', '');
            write(`${name}-schedule.commons`, schedule.join('\n'));
        }
    }
    return { files, bytes: total };
}

function lint(folder, jobs, outputFile) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [commons, 'lint', folder, '--format', 'json', '--output', outputFile, '--jobs', String(jobs)],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0 && run.status !== 1) throw new Error(`commons lint failed (exit ${run.status}):\n${run.stderr}`);
    return seconds;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const folder = mkdtempSync(join(tmpdir(), 'commons-bench-'));
try {
    const book = generateBook(join(folder, 'book'), targetBytes);
    const mb = book.bytes / 1e6;
    const cores = availableParallelism();
    console.log(`Statute book: ${book.files} files, ${mb.toFixed(2)} MB, generated from ${clauses.length} real clauses (every subsection unique).`);
    console.log(`Machine: ${cores} cores, Node ${process.versions.node}. textlint reference: ${TEXTLINT_MB_PER_SECOND} MB/s.\n`);

    writeFileSync(join(folder, 'tiny.commons'), 'act "Tiny" { section 1 { "The council must act." } }\n');
    const startup = median(Array.from({ length: Math.max(runs, 1) }, () => lint(join(folder, 'tiny.commons'), 1, join(folder, 'tiny.json'))));
    console.log(`Start-up (one tiny draft): ${startup.toFixed(2)} s`);

    const outputs = {};
    const report = (label, jobs) => {
        const output = join(folder, `${label}.json`);
        const seconds = median(Array.from({ length: runs }, () => lint(join(folder, 'book'), jobs, output)));
        outputs[label] = createHash('sha256').update(readFileSync(output)).digest('hex');
        const rate = mb / seconds;
        console.log(`${label.padEnd(22)} ${seconds.toFixed(2).padStart(7)} s  ${rate.toFixed(2).padStart(6)} MB/s  ${(rate / TEXTLINT_MB_PER_SECOND).toFixed(1).padStart(5)}x textlint`);
        return rate;
    };
    report('one thread (--jobs 1)', 1);
    report(`all cores (--jobs ${cores})`, cores);
    const same = outputs['one thread (--jobs 1)'] === outputs[`all cores (--jobs ${cores})`];
    console.log(`\nOne thread and all cores report ${same ? 'identical' : 'DIFFERENT'} findings.`);
    if (!same) process.exitCode = 1;
    if (keep) console.log(`The statute book is in ${join(folder, 'book')}.`);
} finally {
    if (!keep) rmSync(folder, { recursive: true, force: true });
}
