import type { Budget, Fund } from '../../../generated/ast.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const sharesNot100: Rule = {
    meta: {
        id: 'budget/shares-not-100',
        pack: 'budget',
        defaultSeverity: 'error',
        description: 'Percentage shares of a budget or fund do not add up to 100%.',
        rationale: 'When shares add up to more than the whole, a promise cannot be kept; when they add up to less, '
            + 'part of the money has no stated destination and is likely to be decided later by whoever holds it, '
            + 'out of the community\'s sight.',
        sources: [Sources.communityPower('Recommendation 2: devolved, place-based budgets; accountability to people locally (fourth shift).')],
        examples: {
            bad: [{
                code: 'section 1 {\n  budget Neighbourhood {\n    amount GBP 1m per year\n    allocate 60% to forum\n    allocate 30% to [community body]\n  }\n}',
                note: 'Only 90% is allocated; nobody can tell where the other 10% goes.'
            }],
            good: [{
                code: 'section 1 {\n  budget Neighbourhood {\n    amount GBP 1m per year\n    allocate 60% to forum\n    allocate 40% to [community body]\n  }\n}'
            }]
        },
        messages: {
            over: 'The shares of {{name}} add up to {{total}}%, more than the whole. Reduce them so that they total 100%.',
            under: 'The shares of {{name}} add up to {{total}}%, so {{rest}}% has no stated destination. Allocate the rest, or say who decides how it is used.'
        }
    },
    create(context) {
        const check = (container: Budget | Fund) => {
            const shares = container.allocations.filter((allocation) => allocation.share);
            if (shares.length === 0) return;
            const total = shares.reduce((sum, allocation) => sum + (Number(allocation.share!.value) || 0), 0);
            const rounded = Math.round(total * 100) / 100;
            if (Math.abs(rounded - 100) < 0.01) return;
            const hasMoneyAllocations = container.allocations.some((allocation) => allocation.money);
            if (rounded < 100 && hasMoneyAllocations) return;
            context.report({
                node: container,
                range: rangeOf(container),
                ...(rounded > 100
                    ? { messageId: 'over', data: { name: container.name, total: rounded } }
                    : { messageId: 'under', data: { name: container.name, total: rounded, rest: Math.round((100 - rounded) * 100) / 100 } })
            });
        };
        return { Budget: check, Fund: check };
    }
};
