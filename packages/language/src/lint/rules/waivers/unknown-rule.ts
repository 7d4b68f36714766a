import { closest } from 'fastest-levenshtein';
import type { WaiverRuleContext } from '../../engine.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const unknownRule: Rule = {
    meta: {
        id: 'waivers/unknown-rule',
        pack: 'waivers',
        defaultSeverity: 'error',
        description: 'A waiver names a rule that does not exist.',
        rationale: 'A misspelt rule id waives nothing, so the drafter believes a check is set aside when it is not, '
            + 'or a later reader cannot tell which check was meant.',
        sources: [Sources.draftingGuidance('Cross-references must point at something that exists.')],
        examples: {
            bad: [{ code: 'section 1 {\n  // commons-ignore drafting/shal -- quoted from the 1972 Act\n  "The council shall publish the plan."\n}' }],
            good: [{ code: 'section 1 {\n  // commons-ignore drafting/shall -- quoted from the 1972 Act\n  "The council shall publish the plan."\n}' }]
        },
        messages: {
            unknown: 'There is no rule called "{{ruleId}}". Did you mean "{{suggestion}}"?'
        }
    },
    create(context) {
        const { waiverAudit } = context as WaiverRuleContext;
        return {
            done() {
                for (const waiver of waiverAudit.waivers) {
                    for (const id of waiver.ruleIds.filter((candidate) => !waiverAudit.knownRuleIds.has(candidate))) {
                        context.report({
                            node: context.document.parseResult.value,
                            range: waiver.range,
                            messageId: 'unknown',
                            data: { ruleId: id, suggestion: closest(id, [...waiverAudit.knownRuleIds]) }
                        });
                    }
                }
            }
        };
    }
};
