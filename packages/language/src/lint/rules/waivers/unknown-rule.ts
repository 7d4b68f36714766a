import { closest, distance } from 'fastest-levenshtein';
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
            unknown: 'There is no rule called "{{ruleId}}". Did you mean "{{suggestion}}"?',
            'unknown-no-suggestion': 'There is no rule called "{{ruleId}}". Run commons rules to list the rules a waiver can name.',
            'language-check': '"{{ruleId}}" is a check of the language itself, which no waiver can set aside: correct the draft where the check points instead.'
        }
    },
    create(context) {
        const { waiverAudit } = context as WaiverRuleContext;
        return {
            done() {
                for (const waiver of waiverAudit.waivers) {
                    for (const id of waiver.ruleIds.filter((candidate) => !waiverAudit.knownRuleIds.has(candidate))) {
                        context.report({ node: context.document.parseResult.value, range: waiver.range, ...unknownRuleMessage(id, waiverAudit.knownRuleIds) });
                    }
                }
            }
        };
    }
};

// The language's own checks report under this prefix (language/unresolved-reference, ...); they are not lint rules.
const LANGUAGE_CHECK_PREFIX = 'language/';
// A suggestion is offered only when it is within a third of the name's letters, as "did you mean" elsewhere.
const SUGGESTION_DISTANCE = 1 / 3;

function unknownRuleMessage(id: string, known: ReadonlySet<string>): { messageId: string; data: Record<string, string> } {
    if (id.startsWith(LANGUAGE_CHECK_PREFIX)) return { messageId: 'language-check', data: { ruleId: id } };
    const suggestion = closest(id, [...known]);
    return distance(id, suggestion) <= id.length * SUGGESTION_DISTANCE
        ? { messageId: 'unknown', data: { ruleId: id, suggestion } }
        : { messageId: 'unknown-no-suggestion', data: { ruleId: id } };
}
