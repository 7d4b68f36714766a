import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, runCommons } from '../helpers/cli.js';

/** Draft text that would run, load or break out of its context if it were not escaped. */
const PAYLOADS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(2)>',
    '</style><svg onload=alert(3)>',
    "' onmouseover='alert(4)",
    '<a href="javascript:alert(5)">link</a>',
    '<!-- --><iframe src=//evil.example>',
    ']]><![CDATA[<x/>',
    '&lt;already escaped&gt; & raw'
];

function hostileDraft(): string {
    const p = PAYLOADS;
    return [
        `policy """Title ${p[0]} ${p[1]}""" {`,
        `  purpose """Purpose ${p[2]}"""`,
        `  actor council: local-authority """the council ${p[3]}"""`,
        `  actor forum: neighbourhood-forum """the forum ${p[4]}"""`,
        `  "grant" means """money ${p[5]} given to the [forum]"""`,
        `  part 1 """Part ${p[6]}""" {`,
        `    section 1 """Section ${p[7]}""" {`,
        `      (1) """The [council] must pay ${p[0]} to the [forum] within 3 months."""`,
        `      (2) """The [forum] may spend it ${p[1]} ${p[2]}."""`,
        '      duty Pay {',
        '        bearer council',
        `        action """pay the grant ${p[4]}"""`,
        '        deadline within 3 months',
        '      }',
        '      budget Grants {',
        '        amount GBP 5000 per year for 2 years',
        '        devolved to forum',
        '        decided by forum via participatory-budgeting',
        `        allocate 100% to """projects ${p[3]}""" """${p[5]}"""`,
        `        measure outcome """People say ${p[6]}""" evidence qualitative over 5 years defined by forum`,
        '      }',
        '    }',
        '  }',
        '}',
        ''
    ].join('\n');
}

describe('the HTML summary', () => {
    const folder = fixtureFolder({ 'hostile.commons': hostileDraft() });
    const run = runCommons(['summarize', 'hostile.commons', '--format', 'html', '--output', 'out/hostile.html'], { cwd: folder });
    const html = run.status === 0 ? readFileSync(join(folder, 'out/hostile.html'), 'utf8') : '';

    it('is written', () => {
        expect(run.stderr).toContain('wrote 1 summary');
        expect(run.status).toBe(0);
    });

    it('shows draft text from titles, clauses, actors, definitions and provisions as text, never as markup', () => {
        const tags = [...html.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)].map((match) => match[1].toLowerCase());
        const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'a', 'header', 'h1', 'h2', 'h3', 'p', 'nav', 'ul', 'li',
            'main', 'section', 'span', 'dl', 'dt', 'dd', 'strong', 'figure', 'figcaption', 'svg', 'text', 'rect', 'desc', 'table', 'caption',
            'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'footer']);
        expect(tags.filter((tag) => !allowed.has(tag))).toEqual([]);
        // Escaped text has no "<", so every "<" starts a tag the page itself wrote: none may carry a handler, a source or a script link.
        const tagTexts = html.match(/<[^>]*>/g) ?? [];
        expect(tagTexts.filter((tag) => /\son\w+\s*=|\ssrc\s*=|javascript:/i.test(tag))).toEqual([]);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
        expect(html).toContain('&lt;/style&gt;&lt;svg onload=alert(3)&gt;');
        expect(html).toContain('&amp;lt;already escaped&amp;gt; &amp; raw');
        // Block strings ("""...""") take the quotation marks in the payloads.
        // Each place draft text appears: title, actor label, definition, part and section headings, clauses, provisions.
        for (const place of ['Title &lt;script&gt;', 'the council &#39; onmouseover=', 'money &lt;!-- --&gt;&lt;iframe', 'Part ]]&gt;&lt;![CDATA[', 'Section &amp;lt;already',
            'must pay &lt;script&gt;', 'pay the grant &lt;a href=', 'People say ]]&gt;']) {
            expect(html, place).toContain(place);
        }
    });

    it('needs no scripts and allows none: a strict Content Security Policy whose style hash matches the page', () => {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
        const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
        const hash = createHash('sha256').update(style, 'utf8').digest('base64');
        expect(csp).toContain(`style-src 'sha256-${hash}'`);
        expect(html).not.toMatch(/\sstyle="/);
        expect(html).not.toMatch(/<link|<script|@import/i);
        expect(style).not.toMatch(/url\(/);
    });

    it('has landmarks, one h1, a language, and a chart with a text alternative and a table beside it', () => {
        expect(html).toMatch(/<html lang="en">/);
        for (const landmark of ['<header>', '<nav aria-label="Contents">', '<main id="main">', '<footer>']) expect(html).toContain(landmark);
        expect(html.match(/<h1>/g)).toHaveLength(1);
        expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="chart-title chart-desc"/);
        expect(html).toContain('<caption>The four-shift record, part by part</caption>');
        expect(html).toContain('@media print');
    });

    it('uses text colours with enough contrast (WCAG AA, 4.5:1) on its backgrounds', () => {
        const luminance = (hex: string) => {
            const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
        const fills = [...html.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((match) => match[1]);
        expect(fills.length).toBeGreaterThan(0);
        for (const fill of new Set(fills)) expect(contrast('#1a1a1a', fill), fill).toBeGreaterThanOrEqual(4.5);
        for (const colour of ['#0b4f8a', '#333333', '#1a1a1a']) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    });
});
