import type { DraftSummary, SummaryFinding, SummaryOutlineEntry } from '@commons/language-server';

type PlainSummary = NonNullable<DraftSummary['plain']>;
type PlainSentence = PlainSummary['whatThisDoes'][number];

/**
 * The summary preview as HTML. Everything shown comes from the draft, so every piece of text is
 * escaped; the page loads nothing (no network, no files) and runs only its own script, under a
 * Content-Security-Policy that allows nothing else.
 */

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** The policy of the preview page: its own style and script (by nonce), nothing else at all. */
export function contentSecurityPolicy(nonce: string): string {
    return [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        "img-src 'none'", "font-src 'none'", "connect-src 'none'", "media-src 'none'", "frame-src 'none'",
        "form-action 'none'", "base-uri 'none'"
    ].join('; ');
}

/** The page itself; the summary is sent to it as HTML in a message, so updates keep the scroll position. */
export function summaryPage(nonce: string, initialBody: string): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Commons summary</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="summary">${initialBody}</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** The body of the preview for one draft. */
export function renderSummary(summary: DraftSummary): string {
    const shiftFindings = summary.shifts.reduce((total, shift) => total + shift.findings.length, 0);
    return [
        `<header><h1>${escapeHtml(summary.title)}</h1><p class="description">${escapeHtml(summary.description)}</p>`,
        `<p class="overview">${shiftFindings === 0 ? 'No findings on any of the four shifts.' : `${shiftFindings} ${plural(shiftFindings, 'finding')} on the four shifts.`} `
            + 'Select a finding or a line of the outline to go to it in the draft.</p></header>',
        ...(summary.plain ? plainSummary(summary.plain) : []),
        '<section><h2>The four shifts: findings</h2>',
        ...summary.shifts.map((shift) => [
            `<div class="shift"><h3>${escapeHtml(shift.title)}</h3>`,
            `<p class="move">From ${escapeHtml(shift.from)}, to ${escapeHtml(shift.to)}.</p>`,
            shift.findings.length === 0 ? '<p class="fine">Nothing to look at here.</p>' : findingList(shift.findings),
            '</div>'
        ].join('')),
        '</section>',
        ...(summary.otherFindings.length > 0 ? [
            '<section><h2>Other findings</h2>',
            ...summary.otherFindings.map((group) => `<h3>${escapeHtml(group.title)}</h3>${findingList(group.findings)}`),
            '</section>'
        ] : []),
        ...(summary.languageProblems.length > 0 ? [`<section><h2>Problems with the draft itself</h2>${findingList(summary.languageProblems)}</section>`] : []),
        `<section><h2>Outline</h2>${outline(summary.outline)}</section>`,
        `<footer><p>${summary.plain
            ? 'Each sentence of the summary names the clause or provision it comes from, and was checked against it: who acts, amounts, time limits, dates, must and may, and conditions. Select one to go to it in the draft.'
            : 'This preview lists what the draft holds and what the checks found.'}</p></footer>`
    ].join('\n');
}

/** The plain-language summary `commons summarize` writes: what the draft does, part by part, and the four-shift record. */
function plainSummary(plain: PlainSummary): string[] {
    const sentence = (item: PlainSentence) => {
        const source = plain.sources[item.sources[item.sources.length - 1]];
        const here = source && source.file === plain.file;
        const cite = source ? escapeHtml(source.citation) : '';
        return here
            ? `<li><a href="#" data-line="${source.line - 1}" data-character="0">${escapeHtml(item.text)}</a> <span class="where">${cite}</span></li>`
            : `<li>${escapeHtml(item.text)} <span class="where">${cite}</span></li>`;
    };
    const { summary, clauses } = plain.readability;
    return [
        `<section><h2>What this does</h2><ul class="plain">${plain.whatThisDoes.map(sentence).join('')}</ul></section>`,
        '<section><h2>Part by part</h2>',
        ...plain.parts.map((part) => `<h3>${escapeHtml(part.citation ? `${part.citation}: ${part.heading}` : part.heading)}</h3>`
            + `<ul class="plain">${part.sections.flatMap((section) => section.sentences).map(sentence).join('')}</ul>`),
        '</section>',
        '<section><h2>The four shifts, as a record</h2>',
        ...plain.shifts.map((record) => [
            `<div class="shift"><h3>${escapeHtml(record.title)}: ${escapeHtml(record.verdict)}</h3>`,
            record.supports.length > 0 ? `<p>Supports it:</p><ul>${record.supports.map((entry) => `<li>${escapeHtml(plain.sources[entry.source]?.citation ?? '')} ${escapeHtml(entry.says)}</li>`).join('')}</ul>` : '',
            record.against.length > 0 ? `<p>Works against it:</p><ul>${record.against.map((entry) => `<li>${escapeHtml(plain.sources[entry.source]?.citation ?? '')}: ${escapeHtml(entry.says)}</li>`).join('')}</ul>` : '',
            record.setAside.length > 0 ? `<p>Set aside by a waiver:</p><ul>${record.setAside.map((entry) => `<li>${escapeHtml(plain.sources[entry.source]?.citation ?? '')}, ${escapeHtml(entry.rule)}: “${escapeHtml(entry.reason)}”</li>`).join('')}</ul>` : '',
            '</div>'
        ].join('')),
        `<p class="description">Readability (Flesch Reading Ease, 60 and above is plain English): the clauses ${clauses.ease}, this summary ${summary.ease}.</p>`,
        '</section>'
    ];
}

/** What the preview shows before the language server has answered, or when it cannot. */
export function renderMessage(message: string): string {
    return `<p class="message">${escapeHtml(message)}</p>`;
}

function findingList(findings: readonly SummaryFinding[]): string {
    const items = findings.map((finding) => {
        const code = finding.code ? `<span class="code">${escapeHtml(finding.code)}</span>` : '';
        const fixes = finding.fixes > 0 ? `<span class="fixes">${finding.fixes} ${plural(finding.fixes, 'fix')} offered</span>` : '';
        return `<li><a href="#" class="finding ${finding.severity}" data-line="${finding.line}" data-character="${finding.character}">`
            + `<span class="where">line ${finding.line + 1}</span> ${escapeHtml(finding.message)}</a> ${code}${fixes}</li>`;
    });
    return `<ul class="findings">${items.join('')}</ul>`;
}

function outline(entries: readonly SummaryOutlineEntry[]): string {
    if (entries.length === 0) return '';
    const items = entries.map((entry) => {
        const badge = entry.findings > 0 ? ` <span class="badge">${entry.findings} ${plural(entry.findings, 'finding')}</span>` : '';
        return `<li><a href="#" data-line="${entry.line}" data-character="0"><span class="kind">${escapeHtml(entry.kind)}</span> ${escapeHtml(entry.label)}</a>${badge}${outline(entry.children)}</li>`;
    });
    return `<ul class="outline">${items.join('')}</ul>`;
}

function plural(count: number, word: string): string {
    if (count === 1) return word;
    return word.endsWith('x') ? `${word}es` : `${word}s`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; line-height: 1.5; max-width: 60em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-bottom: 0.2em; }
.description, .move, footer, .where, .kind, .code, .fixes { color: var(--vscode-descriptionForeground); }
.fine { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
ul { padding-left: 1.2em; }
li { margin: 0.25em 0; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.finding.error::before { content: "● "; color: var(--vscode-errorForeground); }
.finding.warning::before { content: "▲ "; color: var(--vscode-editorWarning-foreground); }
.finding.information::before, .finding.hint::before { content: "◆ "; color: var(--vscode-editorInfo-foreground); }
.badge { font-size: 0.85em; border-radius: 0.8em; padding: 0 0.5em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.code, .fixes { font-size: 0.85em; margin-left: 0.4em; }
.kind { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.03em; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const main = document.getElementById('summary');
window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'render') main.innerHTML = event.data.html;
});
document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-line]');
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', line: Number(link.dataset.line), character: Number(link.dataset.character) });
});
`;
