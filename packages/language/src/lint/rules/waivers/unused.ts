import type { WaiverRuleContext } from '../../engine.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const unused: Rule = {
    meta: {
        id: 'waivers/unused',
        pack: 'waivers',
        defaultSeverity: 'warning',
        description: 'A waiver suppresses nothing: the rule it names finds no problem where it applies.',
        rationale: 'Waivers outlive the text they were written for. One that no longer suppresses anything misleads the '
            + 'audit trail, and would silently hide a real finding if the provision changed back.',
        sources: [Sources.draftingGuidance('Keep a draft free of provisions and notes that no longer have any effect.')],
        examples: {
            bad: [{ code: 'section 1 {\n  // commons-ignore drafting/shall -- quoted from the 1972 Act\n  "The council must publish the plan."\n}' }],
            good: [{ code: 'section 1 {\n  "The council must publish the plan."\n}' }]
        },
        messages: {
            unused: 'This waiver of {{ruleIds}} suppresses nothing: there is no such finding in the element after it. '
                + 'Delete it, or move it to the line before the provision it is meant for.'
        }
    },
    create(context) {
        const { waiverAudit } = context as WaiverRuleContext;
        return {
            done() {
                for (const waiver of waiverAudit.waivers) {
                    if (!waiver.reason) continue;
                    const suppressed = waiverAudit.used.get(waiver);
                    const idle = waiver.ruleIds.filter((id) => waiverAudit.knownRuleIds.has(id) && !suppressed?.has(id));
                    if (idle.length === 0) continue;
                    context.report({
                        node: context.document.parseResult.value,
                        range: waiver.range,
                        messageId: 'unused',
                        data: { ruleIds: idle.join(', ') }
                    });
                }
            }
        };
    }
};
