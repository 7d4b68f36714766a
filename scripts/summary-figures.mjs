// `node scripts/summary-figures.mjs [--sentences] [--below N] [name-filter]`: for each bundled
// example, the Flesch Reading Ease of its clauses, of its summary and of "What this does", and the
// faithfulness checker's counts (sentences checked, failed at first and put back in the draft's
// own words, issues left). With --sentences, every summary sentence below N (default 60) with its
// score and how it was made, hardest first, to see where a low figure comes from.
// Reads the built language core (run `npx tsc -b` first).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCommonsServices, loadDrafts, summarizeDraft } from '../packages/language/out/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const args = process.argv.slice(2);
const detail = args.includes('--sentences');
const belowAt = args.indexOf('--below');
const below = belowAt >= 0 ? Number(args[belowAt + 1]) : 60;
const filter = args.filter((arg, index) => !arg.startsWith('--') && index !== belowAt + 1)[0];

const draftsUnder = (folder) => readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? draftsUnder(path) : name.endsWith('.commons') ? [path] : [];
}).sort();

const { shared, Commons } = createCommonsServices(NodeFileSystem);
const documents = await loadDrafts(shared, Commons, draftsUnder(examples).map((file) => URI.file(file)));
const byPath = new Map(documents.map((document) => [document.uri.fsPath, document]));
const importsOf = (document) => Commons.workspace.ImportGraph.importsOf(document).map((resolved) => byPath.get(resolved.uri.fsPath)).filter(Boolean);
const closure = (document) => {
    const seen = new Map([[document.uri.fsPath, document]]);
    const pending = [document];
    while (pending.length > 0) for (const next of importsOf(pending.shift())) if (!seen.has(next.uri.fsPath)) { seen.set(next.uri.fsPath, next); pending.push(next); }
    return [...seen.values()];
};
const inside = new Set(documents.filter((d) => d.parseResult.value.instrument).flatMap((d) => closure(d).filter((o) => !o.parseResult.value.instrument).map((o) => o.uri.fsPath)));
const rows = [];
for (const document of documents.filter((d) => d.parseResult.value.instrument || !inside.has(d.uri.fsPath))) {
    const name = relative(examples, document.uri.fsPath).replace(/\.commons$/, '');
    if (filter && !name.includes(filter)) continue;
    const group = [document, ...closure(document).filter((o) => o !== document && !o.parseResult.value.instrument)];
    const model = summarizeDraft({ documents: group, fileName: (doc) => relative(root, doc.uri.fsPath) });
    const { clauses, summary, whatThisDoes } = model.readability;
    const { sentences, passed, replaced, issues } = model.check;
    const short = summary.ease < 60 || whatThisDoes.ease < 70 ? '  SHORT' : '';
    rows.push(`${name}: clauses ${clauses.ease}, summary ${summary.ease}, what this does ${whatThisDoes.ease}; checked ${sentences}, passed first time ${passed}, fell back to the draft's words ${replaced}, issues left ${issues.length}; rewritten ${model.readability.rewritten}; words a sentence ${(summary.words / summary.sentences).toFixed(1)}, syllables a word ${(summary.syllables / summary.words).toFixed(2)}${short}`);
    if (detail) {
        const all = [...model.whatThisDoes.map((s) => ['what', s]), ...model.parts.flatMap((p) => p.sections.flatMap((sec) => sec.sentences.map((s) => [sec.citation || p.heading, s]))),
            ...model.glossary.flatMap((g) => g.sentences.map((s) => [`glossary ${g.term}`, s]))];
        for (const [where, s] of all.filter(([, s]) => s.ease < below).sort((a, b) => a[1].ease - b[1].ease)) {
            const how = s.fallback ? 'FALLBACK' : s.rewrite ?? (s.original ? 'piece' : s.basis && s.basis.length > 0 && s.text.length > 20 ? 'restated' : 'made');
            rows.push(`   ${String(s.ease).padStart(6)} [${how}] (${where}) ${s.text}`);
        }
        for (const issue of issues) rows.push(`   ISSUE ${issue.kind}: ${issue.detail}`);
    }
}
console.log(rows.join('\n'));
