import { describe, expect, it } from 'vitest';
import type { LintDiagnosticData } from '../../../packages/language/src/index.js';
import { parseWorkspace } from '../../helpers/workspace.js';

const act = (status: string) => `act "Quoted Act" {
  status ${status}
  actor council: local-authority "the council"
  section 1 {
    (1) "The [council] shall publish a plan."
  }
}
`;

async function shallFixes(files: Record<string, string>, file: string) {
    const workspace = await parseWorkspace(files, { lint: true });
    const finding = workspace.diagnostics(file).find((diagnostic) => diagnostic.code === 'drafting/shall');
    expect(finding, 'the shall rule reports the clause').toBeDefined();
    return (finding!.data as LintDiagnosticData).fixes;
}

describe('fixes to the text of enacted law', () => {
    it('are offered for review, never applied unasked, in an enacted act', async () => {
        const fixes = await shallFixes({ 'act.commons': act('enacted') }, 'act.commons');
        expect(fixes.length).toBeGreaterThan(0);
        expect(fixes.every((fix) => fix.needsReview)).toBe(true);
    });

    it('stay safe in a draft', async () => {
        const fixes = await shallFixes({ 'act.commons': act('draft') }, 'act.commons');
        expect(fixes.some((fix) => !fix.needsReview)).toBe(true);
    });

    it('are offered for review in a schedule that an enacted act imports', async () => {
        const schedule = 'schedule 1 "Procedure" {\n  paragraph 1 {\n    (1) "The [council] shall keep a record."\n  }\n}\n';
        const importing = `import "./schedule.commons"\n${act('enacted')}`;
        const fixes = await shallFixes({ 'act.commons': importing, 'schedule.commons': schedule }, 'schedule.commons');
        expect(fixes.every((fix) => fix.needsReview)).toBe(true);
    });
});
