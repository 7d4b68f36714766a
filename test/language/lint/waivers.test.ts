import { describe, expect, it } from 'vitest';
import type { LintDiagnosticData } from '../../../packages/language/src/index.js';
import { ruleById } from './rule-tester.js';
import { parseWorkspace } from '../../helpers/workspace.js';

const draft = (waiver: string) => `act "Waivers" {
  ethos "People decide."
  actor council: local-authority "the council"
  section 1 {
    ${waiver}
    (1) "The [council] shall publish the plan."
    (2) "The [council] shall keep it under review."
  }
}`;

async function lintFindings(text: string) {
    const workspace = await parseWorkspace({ 'main.commons': text }, { lint: true });
    return workspace.diagnostics('main.commons').map((d) => {
        const data = d.data as Partial<LintDiagnosticData> | undefined;
        return { code: String(d.code), line: d.range.start.line, message: d.message, messageId: data?.messageId, messageData: data?.messageData };
    });
}

describe('inline waivers', () => {
    it('suppress the named rule for the element that follows, and only that element', async () => {
        const findings = await lintFindings(draft('// commons-ignore drafting/shall -- quoted from the 1972 Act, which this draft does not amend'));
        const shall = findings.filter((f) => f.code === 'drafting/shall');
        expect(shall.map((f) => f.line)).toEqual([6]);
        expect(findings.filter((f) => f.code.startsWith('waivers/'))).toEqual([]);
    });

    it('are not honoured without a reason, and say so', async () => {
        const findings = await lintFindings(draft('// commons-ignore drafting/shall'));
        expect(findings.filter((f) => f.code === 'drafting/shall').map((f) => f.line)).toEqual([5, 6]);
        const [missing] = findings.filter((f) => f.code === 'waivers/reason-required');
        expect(missing.line).toBe(4);
        expect(missing).toMatchObject({ messageId: 'no-reason', messageData: { ruleId: 'drafting/shall' } });
    });

    it('report a rule id that does not exist, with the likely one', async () => {
        const findings = await lintFindings(draft('// commons-ignore drafting/shal -- quoted'));
        expect(findings.find((f) => f.code === 'waivers/unknown-rule')).toMatchObject({ messageId: 'unknown', messageData: { ruleId: 'drafting/shal', suggestion: 'drafting/shall' } });
    });

    it('report a waiver that suppresses nothing', async () => {
        const findings = await lintFindings(draft('// commons-ignore budget/shares-not-100 -- no budget here yet'));
        expect(findings.find((f) => f.code === 'waivers/unused')).toMatchObject({ messageId: 'unused', messageData: { ruleIds: 'budget/shares-not-100' } });
    });

    it('take several rule ids separated by commas', async () => {
        const findings = await lintFindings(draft('// commons-ignore drafting/shall, drafting/passive-duty -- quoted from the 1972 Act'));
        expect(findings.filter((f) => f.code === 'drafting/shall').map((f) => f.line)).toEqual([6]);
        expect(findings.filter((f) => f.code === 'waivers/unused')).toHaveLength(1);
    });

    it('each have documentation and metadata like any rule', () => {
        for (const id of ['waivers/reason-required', 'waivers/unknown-rule', 'waivers/unused']) expect(ruleById(id).meta.pack).toBe('waivers');
    });
});
