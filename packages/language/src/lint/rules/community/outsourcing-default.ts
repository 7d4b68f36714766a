import type { DecisionMethod } from '../../../generated/ast.js';
import { type AstNode } from 'langium';
import { analyseProse } from '../../../prose/index.js';
import { isJudgedProse } from '../../prose-findings.js';
import { fragmentRange } from '../../prose-spans.js';
import { quotable } from '../../messages.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const outsourcingDefault: Rule = {
    meta: {
        id: 'community/outsourcing-default',
        pack: 'community',
        shift: 'community',
        defaultSeverity: 'warning',
        description: 'Competitive tender is the route by which money or services are allocated.',
        rationale: 'Making competitive tender the default hands services to whoever wins a contract, usually a large provider '
            + 'accountable to the commissioner rather than to residents. New Local describes this state-market hybrid as the '
            + 'paradigm community power moves away from; community bodies should be able to run services without competing for them.',
        sources: [Sources.communityPower('Fourth shift: from the state-market hybrid, where services are outsourced, to the community paradigm.')],
        fix: 'Replaces competitive-tender with co-production, for the drafter to confirm.',
        examples: {
            bad: [
                { code: 'section 1 {\n  budget Services {\n    amount GBP 2m per year\n    decided by council via competitive-tender\n  }\n}' },
                { code: 'section 1 {\n  "Youth services must be delivered by a provider appointed by competitive tender."\n}' }
            ],
            good: [{ code: 'section 1 {\n  budget Services {\n    amount GBP 2m per year\n    decided by forum via co-production\n  }\n}' }]
        },
        messages: {
            tender: 'Competitive tender is the route here, so whoever wins the contract, not the community, ends up running the service. '
                + 'Let community bodies run it, or make tendering a fallback for when no community body wants to.',
            contractor: 'This clause sends the work to a contractor ("{{words}}"), so whoever wins the contract, not the community, ends up running it. '
                + 'Let community bodies run it first, and use a contract only when no community body wants to.'
        }
    },
    create(context) {
        const check = (node: AstNode & { methods?: DecisionMethod[]; method?: DecisionMethod }) => {
            const methods = node.methods ?? (node.method ? [node.method] : []);
            if (!methods.includes('competitive-tender')) return;
            const range = rangeOf(node, node.methods ? 'methods' : 'method');
            context.report({
                node,
                range,
                messageId: 'tender',
                fixes: range ? [{ title: 'Design it with the community instead (co-production)', needsReview: true, edits: [{ range, newText: 'co-production' }] }] : []
            });
        };
        return {
            Budget: check,
            Fund: check,
            Distribution: check,
            Participation: check,
            prose(fragment) {
                if (!isJudgedProse(fragment)) return;
                const route = analyseProse(fragment.text).matches('framing', 'outsourcing').find((match) => !match.negated);
                if (!route) return;
                context.report({
                    node: fragment.node,
                    range: fragmentRange(context.document, fragment, route.span),
                    messageId: 'contractor',
                    data: { words: quotable(route.text) }
                });
            }
        };
    }
};
