import type { Shift } from '../lint/rule.js';
import type { DraftSummaryModel, ShiftVerdict, SummarySentence } from './model.js';
import { SUMMARY_TARGET, WHAT_THIS_DOES_TARGET, type ReadabilityFigures } from './readability.js';
import { sha256Base64 } from './sha256.js';

/** The formats a summary can be written in. */
export type SummaryFormat = 'md' | 'html' | 'txt';
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['md', 'html', 'txt'];

export function renderSummary(model: DraftSummaryModel, format: SummaryFormat): string {
    return format === 'html' ? renderSummaryHtml(model) : format === 'md' ? renderSummaryMarkdown(model) : renderSummaryText(model);
}

const VERDICT_NOTE: Readonly<Record<ShiftVerdict, string>> = {
    supports: 'supports this shift',
    mixed: 'is mixed on this shift',
    'works against': 'works against this shift',
    'does not touch': 'does not touch this shift'
};

function kindLine(model: DraftSummaryModel): string {
    const kind = model.status ? `${model.kind}, ${model.status}` : model.kind;
    const files = model.includes.length > 0 ? `${model.file}, with ${model.includes.join(', ')}` : model.file;
    return `A plain-language summary of the ${kind} in ${files}. Each sentence names the part of the draft it comes from; the draft itself is what counts.`;
}

function figures(label: string, figures: ReadabilityFigures, target?: number): string {
    const met = target === undefined ? '' : figures.ease >= target ? ` (target ${target}: met)` : ` (target ${target}: NOT met)`;
    return `${label}: ${figures.ease} (${figures.band}; ${figures.sentences} sentences, ${figures.words} words)${met}`;
}

function checkLine(model: DraftSummaryModel): string {
    const { sentences, passed, replaced, issues } = model.check;
    const replacedWords = replaced > 0 ? `; ${replaced} ${replaced === 1 ? 'was' : 'were'} replaced by the draft's own words after failing` : '';
    const issueWords = issues.length > 0 ? `; ${issues.length} ${issues.length === 1 ? 'problem remains' : 'problems remain'} (listed below)` : '';
    return `Each of the ${sentences} sentences was compared with the provision it names: who acts, amounts, currencies, time limits, dates, must, may and must not, and conditions. ${passed} passed first time${replacedWords}${issueWords}.`;
}

// -------------------------------------------------------------------------------------------
// Markdown

function md(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]#|~])/g, '\\$1').replace(/\n/g, ' ');
}

function mdSentence(model: DraftSummaryModel, sentence: SummarySentence): string {
    const links = sentence.sources.map((id) => `[${md(model.sources[id]?.citation ?? id)}](#${id})`).join(', ');
    return `${md(sentence.text)} (${links})`;
}

export function renderSummaryMarkdown(model: DraftSummaryModel): string {
    const out: string[] = [];
    out.push(`# ${md(model.title)}: a plain-language summary`, '', `_${md(kindLine(model))}_`, '');
    out.push('## What this does', '');
    for (const sentence of model.whatThisDoes) out.push(`- ${mdSentence(model, sentence)}`);
    out.push('');
    for (const part of model.parts) {
        out.push(`## ${md(part.citation ? `${part.citation}: ${part.heading}` : part.heading)}`, '');
        for (const section of part.sections) {
            if (section.sentences.length === 0) continue;
            if (section.citation !== part.citation || section.heading !== part.heading) out.push(`### ${md(section.citation && section.citation !== section.heading ? `${capitalise(section.citation)}: ${section.heading}` : section.heading)}`, '');
            for (const sentence of section.sentences) out.push(`- ${mdSentence(model, sentence)}`);
            out.push('');
        }
    }
    if (model.glossary.length > 0) {
        out.push('## Words with a special meaning', '');
        for (const entry of model.glossary) out.push(`- **${md(entry.term)}**: ${entry.sentences.map((sentence) => mdSentence(model, sentence)).join(' ')}`);
        out.push('');
    }
    out.push('## The four shifts', '', 'For each of the four shifts of community power, what the draft does for it and against it, in words rather than scores.', '');
    for (const record of model.shifts) {
        out.push(`### ${md(record.title)}: ${record.verdict}`, '', `The draft ${VERDICT_NOTE[record.verdict]}.`, '');
        if (record.supports.length > 0) {
            out.push('Supports it:', '');
            for (const entry of record.supports) out.push(`- [${md(model.sources[entry.source]?.citation ?? entry.source)}](#${entry.source}) ${md(entry.says)}.`);
            out.push('');
        }
        if (record.against.length > 0) {
            out.push('Works against it:', '');
            for (const entry of record.against) out.push(`- [${md(model.sources[entry.source]?.citation ?? entry.source)}](#${entry.source}): ${md(entry.says)}.`);
            out.push('');
        }
        if (record.setAside.length > 0) {
            out.push('Findings set aside by a waiver:', '');
            for (const entry of record.setAside) out.push(`- [${md(model.sources[entry.source]?.citation ?? entry.source)}](#${entry.source}), ${md(entry.rule)}: "${md(entry.reason)}"`);
            out.push('');
        }
    }
    if (model.alsoInThisDraft.length > 0) {
        out.push('## Also in this draft', '', 'These parts of the draft have no sentence above:', '');
        for (const entry of model.alsoInThisDraft) out.push(`- [${md(model.sources[entry.source]?.citation ?? entry.source)}](#${entry.source}): ${md(entry.reason)}.`);
        out.push('');
    }
    out.push('## How readable this is', '', 'Flesch Reading Ease: higher is easier; 60 and above is plain English.', '');
    out.push(`- ${figures('The draft\'s clauses', model.readability.clauses)}`);
    out.push(`- ${figures('This summary', model.readability.summary, SUMMARY_TARGET)}`);
    out.push(`- ${figures('"What this does"', model.readability.whatThisDoes, WHAT_THIS_DOES_TARGET)}`);
    out.push(`- Sentences rewritten or split because they read below plain English (60): ${model.readability.rewritten}`, '');
    out.push('## How this summary was checked', '', md(checkLine(model)), '');
    for (const issue of model.check.issues) out.push(`- ${md(issue.kind)}: ${md(issue.detail)}`);
    if (model.check.issues.length > 0) out.push('');
    out.push('## Sources', '');
    for (const source of Object.values(model.sources)) out.push(`- <a id="${source.id}"></a>${md(capitalise(source.citation))}: ${md(source.file)}, line ${source.line}`);
    out.push('');
    return out.join('\n');
}

// -------------------------------------------------------------------------------------------
// Text

function wrap(text: string, indent: string, width = 100): string {
    const words = text.split(/\s+/);
    const lines: string[] = [];
    let line = indent;
    for (const word of words) {
        if (line.trim().length > 0 && line.length + word.length + 1 > width) {
            lines.push(line);
            line = `${indent}  ${word}`;
        } else line = line.trim().length > 0 ? `${line} ${word}` : `${indent}${word}`;
    }
    if (line.trim().length > 0) lines.push(line);
    return lines.join('\n');
}

function txtSentence(model: DraftSummaryModel, sentence: SummarySentence): string {
    return `${sentence.text} [${sentence.sources.map((id) => model.sources[id]?.citation ?? id).join('; ')}]`;
}

export function renderSummaryText(model: DraftSummaryModel): string {
    const out: string[] = [];
    const heading = (text: string) => out.push('', text.toUpperCase(), '');
    out.push(`${model.title}: a plain-language summary`, '', wrap(kindLine(model), ''));
    heading('What this does');
    for (const sentence of model.whatThisDoes) out.push(wrap(`- ${txtSentence(model, sentence)}`, ''));
    for (const part of model.parts) {
        heading(part.citation ? `${part.citation}: ${part.heading}` : part.heading);
        for (const section of part.sections) {
            if (section.sentences.length === 0) continue;
            if (section.citation !== part.citation || section.heading !== part.heading) out.push(section.citation && section.citation !== section.heading ? `${capitalise(section.citation)}: ${section.heading}` : section.heading);
            for (const sentence of section.sentences) out.push(wrap(`- ${txtSentence(model, sentence)}`, '  '));
            out.push('');
        }
    }
    if (model.glossary.length > 0) {
        heading('Words with a special meaning');
        for (const entry of model.glossary) out.push(wrap(`- ${entry.term}: ${entry.sentences.map((sentence) => txtSentence(model, sentence)).join(' ')}`, ''));
    }
    heading('The four shifts');
    for (const record of model.shifts) {
        out.push(`${record.title}: ${record.verdict}`);
        for (const entry of record.supports) out.push(wrap(`  + ${model.sources[entry.source]?.citation ?? entry.source} ${entry.says}`, '  '));
        for (const entry of record.against) out.push(wrap(`  - ${model.sources[entry.source]?.citation ?? entry.source}: ${entry.says}`, '  '));
        for (const entry of record.setAside) out.push(wrap(`  ~ set aside at ${model.sources[entry.source]?.citation ?? entry.source} (${entry.rule}): "${entry.reason}"`, '  '));
        out.push('');
    }
    if (model.alsoInThisDraft.length > 0) {
        heading('Also in this draft');
        for (const entry of model.alsoInThisDraft) out.push(wrap(`- ${model.sources[entry.source]?.citation ?? entry.source}: ${entry.reason}`, ''));
    }
    heading('How readable this is (Flesch Reading Ease; 60 and above is plain English)');
    out.push(`- ${figures('The draft\'s clauses', model.readability.clauses)}`);
    out.push(`- ${figures('This summary', model.readability.summary, SUMMARY_TARGET)}`);
    out.push(`- ${figures('"What this does"', model.readability.whatThisDoes, WHAT_THIS_DOES_TARGET)}`);
    out.push(`- Sentences rewritten or split because they read below plain English (60): ${model.readability.rewritten}`);
    heading('How this summary was checked');
    out.push(wrap(checkLine(model), ''));
    for (const issue of model.check.issues) out.push(wrap(`- ${issue.kind}: ${issue.detail}`, ''));
    return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// -------------------------------------------------------------------------------------------
// HTML: one self-contained page, readable without scripts, printable

export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
:root { color-scheme: light; }
body { font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #ffffff; margin: 0; }
header, main, footer, nav { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 2px solid #1a1a1a; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #6b6b6b; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
p.lede { margin: 0 0 1rem; }
a { color: #0b4f8a; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem; }
ul { padding-left: 1.25rem; }
li { margin: .25rem 0; }
.cite { font-size: .9rem; white-space: nowrap; }
.verdict { font-weight: 700; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #6b6b6b; padding: .25rem .5rem; text-align: left; vertical-align: top; }
blockquote { margin: .25rem 0 .75rem; padding-left: .75rem; border-left: 3px solid #6b6b6b; color: #333333; }
svg { max-width: 100%; height: auto; }
footer { margin-top: 2rem; padding-bottom: 2rem; font-size: .9rem; border-top: 1px solid #6b6b6b; }
@media print { nav, .skip { display: none; } a { color: #1a1a1a; text-decoration: none; } h2, h3 { break-after: avoid; } li { break-inside: avoid; } }
`.trim();

const VERDICT_FILL: Readonly<Record<ShiftVerdict, string>> = {
    supports: '#cfe8d5', mixed: '#fbe7b5', 'works against': '#f6c9c4', 'does not touch': '#ececec'
};
const VERDICT_SHORT: Readonly<Record<ShiftVerdict, string>> = {
    supports: 'supports', mixed: 'mixed', 'works against': 'against', 'does not touch': 'not touched'
};
const SHIFT_SHORT: Readonly<Record<Shift, string>> = {
    community: 'To community', ethos: 'To ethos', outcomes: 'To outcomes', pluralist: 'To pluralist'
};

function shiftChart(model: DraftSummaryModel): string {
    const shifts = model.shifts.map((record) => record.shift);
    const rows = model.shiftsByPart;
    const labelWidth = 260;
    const cell = 110;
    const rowHeight = 30;
    const height = 40 + rows.length * rowHeight + 10;
    const width = labelWidth + shifts.length * cell + 10;
    const out: string[] = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
    out.push('<title id="chart-title">The four shifts, part by part</title>');
    out.push(`<desc id="chart-desc">For each part of the draft, whether it supports, is mixed on, works against or does not touch each shift. The same record is in the table below.</desc>`);
    shifts.forEach((shift, column) => {
        out.push(`<text x="${labelWidth + column * cell + cell / 2}" y="24" text-anchor="middle" font-size="13" font-weight="700" fill="#1a1a1a">${escapeHtml(SHIFT_SHORT[shift])}</text>`);
    });
    rows.forEach((row, index) => {
        const y = 36 + index * rowHeight;
        const label = row.part.length > 38 ? `${row.part.slice(0, 37)}…` : row.part;
        out.push(`<text x="0" y="${y + 19}" font-size="13" fill="#1a1a1a">${escapeHtml(label)}</text>`);
        shifts.forEach((shift, column) => {
            const verdict = row.verdicts[shift];
            const x = labelWidth + column * cell;
            out.push(`<rect x="${x + 2}" y="${y + 2}" width="${cell - 4}" height="${rowHeight - 4}" rx="3" fill="${VERDICT_FILL[verdict]}" stroke="#6b6b6b"/>`);
            out.push(`<text x="${x + cell / 2}" y="${y + 19}" text-anchor="middle" font-size="12" fill="#1a1a1a">${escapeHtml(VERDICT_SHORT[verdict])}</text>`);
        });
    });
    out.push('</svg>');
    return out.join('\n');
}

function htmlSentence(model: DraftSummaryModel, sentence: SummarySentence): string {
    const links = sentence.sources.map((id) => `<a href="#${escapeHtml(id)}">${escapeHtml(model.sources[id]?.citation ?? id)}</a>`).join(', ');
    return `${escapeHtml(sentence.text)} <span class="cite">(${links})</span>`;
}

function sourceLink(model: DraftSummaryModel, id: string): string {
    return `<a href="#${escapeHtml(id)}">${escapeHtml(capitalise(model.sources[id]?.citation ?? id))}</a>`;
}

export function renderSummaryHtml(model: DraftSummaryModel): string {
    const body: string[] = [];
    body.push('<a class="skip" href="#main">Skip to the summary</a>');
    body.push('<header>', `<h1>${escapeHtml(model.title)}: a plain-language summary</h1>`, `<p class="lede">${escapeHtml(kindLine(model))}</p>`, '</header>');
    body.push('<nav aria-label="Contents"><h2>Contents</h2><ul>', '<li><a href="#what-this-does">What this does</a></li>');
    for (const part of model.parts) body.push(`<li><a href="#part-${escapeHtml(part.anchor)}">${escapeHtml(part.citation ? `${part.citation}: ${part.heading}` : part.heading)}</a></li>`);
    if (model.glossary.length > 0) body.push('<li><a href="#glossary">Words with a special meaning</a></li>');
    body.push('<li><a href="#shifts">The four shifts</a></li>');
    if (model.alsoInThisDraft.length > 0) body.push('<li><a href="#also">Also in this draft</a></li>');
    body.push('<li><a href="#readability">How readable this is</a></li>', '<li><a href="#checked">How this summary was checked</a></li>', '<li><a href="#sources">Sources</a></li>', '</ul></nav>');

    body.push('<main id="main">');
    body.push('<section aria-labelledby="what-this-does"><h2 id="what-this-does">What this does</h2><ul>');
    for (const sentence of model.whatThisDoes) body.push(`<li>${htmlSentence(model, sentence)}</li>`);
    body.push('</ul></section>');
    for (const part of model.parts) {
        const id = `part-${escapeHtml(part.anchor)}`;
        body.push(`<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(part.citation ? `${part.citation}: ${part.heading}` : part.heading)}</h2>`);
        for (const section of part.sections) {
            if (section.sentences.length === 0) continue;
            if (section.citation !== part.citation || section.heading !== part.heading) {
                body.push(`<h3>${escapeHtml(section.citation && section.citation !== section.heading ? `${capitalise(section.citation)}: ${section.heading}` : section.heading)}</h3>`);
            }
            body.push('<ul>');
            for (const sentence of section.sentences) body.push(`<li>${htmlSentence(model, sentence)}</li>`);
            body.push('</ul>');
        }
        body.push('</section>');
    }
    if (model.glossary.length > 0) {
        body.push('<section aria-labelledby="glossary"><h2 id="glossary">Words with a special meaning</h2><dl>');
        for (const entry of model.glossary) {
            body.push(`<dt><strong>${escapeHtml(entry.term)}</strong></dt><dd>${entry.sentences.map((sentence) => htmlSentence(model, sentence)).join(' ')}</dd>`);
        }
        body.push('</dl></section>');
    }
    body.push('<section aria-labelledby="shifts"><h2 id="shifts">The four shifts</h2>');
    body.push('<p>For each of the four shifts of community power, what the draft does for it and against it, in words rather than scores.</p>');
    body.push(`<figure>${shiftChart(model)}<figcaption>The four-shift record, part by part.</figcaption></figure>`);
    body.push('<table><caption>The four-shift record, part by part</caption><thead><tr><th scope="col">Part</th>');
    for (const record of model.shifts) body.push(`<th scope="col">${escapeHtml(record.title)}</th>`);
    body.push('</tr></thead><tbody>');
    for (const row of model.shiftsByPart) {
        body.push(`<tr><th scope="row"><a href="#part-${escapeHtml(row.anchor)}">${escapeHtml(row.part)}</a></th>${model.shifts.map((record) => `<td>${escapeHtml(row.verdicts[record.shift])}</td>`).join('')}</tr>`);
    }
    body.push('</tbody></table>');
    for (const record of model.shifts) {
        body.push(`<h3>${escapeHtml(record.title)}: <span class="verdict">${escapeHtml(record.verdict)}</span></h3>`);
        body.push(`<p>The draft ${escapeHtml(VERDICT_NOTE[record.verdict])}.</p>`);
        if (record.supports.length > 0) {
            body.push('<p>Supports it:</p><ul>');
            for (const entry of record.supports) body.push(`<li>${sourceLink(model, entry.source)} ${escapeHtml(entry.says)}.</li>`);
            body.push('</ul>');
        }
        if (record.against.length > 0) {
            body.push('<p>Works against it:</p><ul>');
            for (const entry of record.against) body.push(`<li>${sourceLink(model, entry.source)}: ${escapeHtml(entry.says)}.</li>`);
            body.push('</ul>');
        }
        if (record.setAside.length > 0) {
            body.push('<p>Findings set aside by a waiver:</p><ul>');
            for (const entry of record.setAside) body.push(`<li>${sourceLink(model, entry.source)}, ${escapeHtml(entry.rule)}: “${escapeHtml(entry.reason)}”</li>`);
            body.push('</ul>');
        }
    }
    body.push('</section>');
    if (model.alsoInThisDraft.length > 0) {
        body.push('<section aria-labelledby="also"><h2 id="also">Also in this draft</h2><p>These parts of the draft have no sentence above:</p><ul>');
        for (const entry of model.alsoInThisDraft) body.push(`<li>${sourceLink(model, entry.source)}: ${escapeHtml(entry.reason)}.</li>`);
        body.push('</ul></section>');
    }
    body.push('<section aria-labelledby="readability"><h2 id="readability">How readable this is</h2><p>Flesch Reading Ease: higher is easier; 60 and above is plain English.</p><ul>');
    body.push(`<li>${escapeHtml(figures('The draft\'s clauses', model.readability.clauses))}</li>`);
    body.push(`<li>${escapeHtml(figures('This summary', model.readability.summary, SUMMARY_TARGET))}</li>`);
    body.push(`<li>${escapeHtml(figures('"What this does"', model.readability.whatThisDoes, WHAT_THIS_DOES_TARGET))}</li>`);
    body.push(`<li>Sentences rewritten or split because they read below plain English (60): ${model.readability.rewritten}</li></ul></section>`);
    body.push(`<section aria-labelledby="checked"><h2 id="checked">How this summary was checked</h2><p>${escapeHtml(checkLine(model))}</p>`);
    if (model.check.issues.length > 0) body.push(`<ul>${model.check.issues.map((issue) => `<li>${escapeHtml(issue.kind)}: ${escapeHtml(issue.detail)}</li>`).join('')}</ul>`);
    body.push('</section>');
    body.push('<section aria-labelledby="sources"><h2 id="sources">Sources</h2><p>The draft\'s own words for each provision named above.</p>');
    for (const source of Object.values(model.sources)) {
        body.push(`<h3 id="${escapeHtml(source.id)}">${escapeHtml(capitalise(source.citation))} <span class="cite">(${escapeHtml(source.file)}, line ${source.line})</span></h3>`);
        body.push(`<blockquote>${escapeHtml(source.words.split('\n')[0].slice(0, 1200))}</blockquote>`);
    }
    body.push('</section>', '</main>');
    body.push('<footer><p>Written by Commons from the draft\'s structure and wording, with no network and no language model. Check the draft itself before relying on any sentence.</p></footer>');

    const hash = sha256Base64(STYLE);
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(model.title)}: a plain-language summary</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

function capitalise(text: string): string {
    return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
