import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { createCommonsServices, loadDrafts } from '../../../packages/language/src/index.js';
import { fixtureFolder } from '../../helpers/cli.js';

const draft = `act "Parks Act" {
  ethos "Parks belong to the people who use them."
  actor minister: minister "the Secretary of State"
  actor residents: residents "people who live nearby"
  section 1 {
    participation ParkPlans { participants residents level consult decided by minister }
  }
}`;

describe('findings', () => {
    it('link to the rule documentation shipped with Commons', async () => {
        const { shared, Commons } = createCommonsServices(NodeFileSystem);
        Commons.lint.RuleDocs.useBase('file:///opt/commons/docs/rules/');
        const folder = fixtureFolder({ 'parks.commons': draft });
        const [document] = await loadDrafts(shared, Commons, [URI.file(`${folder}/parks.commons`)]);
        const finding = document.diagnostics!.find((d) => d.code === 'community/institution-decides')!;
        expect(finding.codeDescription?.href).toBe('file:///opt/commons/docs/rules/community/institution-decides.md');
        expect(finding.data).toMatchObject({
            ruleId: 'community/institution-decides', shift: 'community', docsPath: 'docs/rules/community/institution-decides.md',
            messageId: 'consulted', messageData: { deciders: 'the Secretary of State', participants: 'people who live nearby' }
        });
    });
});
