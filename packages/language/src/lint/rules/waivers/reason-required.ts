import type { WaiverRuleContext } from '../../engine.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const reasonRequired: Rule = {
    meta: {
        id: 'waivers/reason-required',
        pack: 'waivers',
        defaultSeverity: 'error',
        description: 'A waiver does not say why the rule does not apply.',
        rationale: 'A waiver is a decision to set a check aside, and a drafting office must be able to explain that decision '
            + 'later. A waiver without a reason is not honoured: the finding it was meant to silence stays visible.',
        sources: [Sources.communityPower('Fourth shift: accountability to people locally, which needs decisions that can be explained.')],
        examples: {
            bad: [{ code: 'section 1 {\n  // commons-ignore drafting/shall\n  "The council shall publish the plan."\n}' }],
            good: [{ code: 'section 1 {\n  // commons-ignore drafting/shall -- quoted from the 1972 Act, which we are not amending\n  "The council shall publish the plan."\n}' }]
        },
        messages: {
            'no-reason': 'This waiver gives no reason, so it is not applied. Add the reason after " -- ", for example: '
                + '"// commons-ignore {{ruleId}} -- agreed with the forum, see minutes of 3 March 2027".',
            'no-reason-no-rule': 'This waiver names no rule and gives no reason, so it is not applied. Name the rule and add the reason after " -- ", for example: '
                + '"// commons-ignore drafting/shall -- agreed with the forum, see minutes of 3 March 2027".'
        }
    },
    create(context) {
        const { waiverAudit } = context as WaiverRuleContext;
        return {
            done() {
                for (const waiver of waiverAudit.waivers.filter((candidate) => !candidate.reason)) {
                    context.report({
                        node: context.document.parseResult.value,
                        range: waiver.range,
                        ...(waiver.ruleIds[0] ? { messageId: 'no-reason', data: { ruleId: waiver.ruleIds[0] } } : { messageId: 'no-reason-no-rule' })
                    });
                }
            }
        };
    }
};
