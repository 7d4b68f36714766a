import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../packages/language-server/src/protocol.js';
import { contentSecurityPolicy, renderSummary, summaryPage } from '../../packages/vscode/src/summary-html.js';

const HOSTILE = '<img src=x onerror="alert(1)"> & "quoted" \'single\'';

const summary: DraftSummary = {
    uri: 'file:///drafts/act.commons',
    title: `act "${HOSTILE}"`,
    description: 'act, draft: 1 part, 1 section',
    outline: [{ label: `Part 1 "${HOSTILE}"`, kind: 'part', line: 3, findings: 1, children: [] }],
    shifts: [
        { shift: 'community', title: 'State and market to community', from: 'decisions held by officials', to: 'communities holding decisions', findings: [{ message: HOSTILE, code: 'community/institution-decides', severity: 'error', line: 4, character: 2, fixes: 1 }] },
        { shift: 'ethos', title: 'Metrics to ethos', from: 'targets', to: 'a shared purpose', findings: [] },
        { shift: 'outcomes', title: 'Outputs to outcomes', from: 'counting activity', to: 'outcomes', findings: [] },
        { shift: 'pluralist', title: 'Uniform to pluralist practice', from: 'one model', to: 'local variation', findings: [] }
    ],
    otherFindings: [],
    languageProblems: []
};

describe('the summary preview', () => {
    it('escapes every piece of text from the draft', () => {
        const html = renderSummary(summary);
        expect(html).not.toContain('<img');
        expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
    });

    it('shows the findings by shift, in plain words, with a way to go to each', () => {
        const html = renderSummary(summary);
        expect(html).toContain('<h3>State and market to community</h3>');
        expect(html).toContain('data-line="4"');
        expect(html).toContain('1 fix offered');
        expect(html).toContain('Nothing to look at here.');
        expect(html).toContain('1 finding on the four shifts.');
    });

    it('runs under a policy that allows only its own style and script, and loads nothing', () => {
        const page = summaryPage('abc123', renderSummary(summary));
        expect(page).toContain(`content="${contentSecurityPolicy('abc123')}"`);
        expect(contentSecurityPolicy('abc123')).toMatch(/^default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'/);
        expect(page).not.toMatch(/https?:\/\//);
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).toContain('<script nonce="abc123">');
    });
});

describe('the summary preview with the plain-language summary', () => {
    it('shows what the draft does, part by part and the four-shift record above the findings, escaped, each sentence leading to its clause', async () => {
        const { parseWorkspace } = await import('../helpers/workspace.js');
        const { summarizeDraft } = await import('../../packages/language/src/index.js');
        const text = `policy """Grants ${HOSTILE}""" {
  actor council: local-authority """the council ${HOSTILE}"""
  part 1 "Money" {
    section 1 "Grants" {
      (1) """The [council] must pay the grants within 3 months ${HOSTILE}."""
    }
  }
}
`;
        const workspace = await parseWorkspace({ 'act.commons': text });
        const plain = summarizeDraft({ documents: [workspace.document('act.commons')], fileName: () => 'act.commons' });
        const html = renderSummary({ ...summary, plain });
        expect(html).not.toContain('<img');
        expect(html.indexOf('<h2>What this does</h2>')).toBeLessThan(html.indexOf('<h2>The four shifts: findings</h2>'));
        expect(html).toContain('<h2>The four shifts, as a record</h2>');
        expect(html).toContain('<a href="#" data-line="4" data-character="0">The council must pay the grants within 3 months &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
        expect(html).toContain('checked against it');
    });
});
