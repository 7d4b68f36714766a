import type { Budget, Fund } from '../../../generated/ast.js';
import { formatSum, holdingOf, moneyAllocations } from '../../money.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const allocationsExceedTotal: Rule = {
    meta: {
        id: 'budget/allocations-exceed-total',
        pack: 'budget',
        defaultSeverity: 'error',
        description: 'The allocations within a budget or fund add up to more than it holds.',
        rationale: 'A budget that promises more than it holds will disappoint someone, usually the people last in line. '
            + 'Devolved, place-based budgets only build trust when the money promised to each place is really there.',
        sources: [Sources.communityPower('Recommendation 2: ambitious devolved, place-based budgets across local public services.')],
        examples: {
            bad: [{
                code: 'section 1 {\n  budget Youth {\n    amount GBP 100000 per year\n    allocate GBP 70000 per year to forum\n    allocate GBP 50000 per year to [community body]\n  }\n}',
                note: 'GBP 120,000 a year is allocated from a budget of GBP 100,000 a year.'
            }],
            good: [{
                code: 'section 1 {\n  budget Youth {\n    amount GBP 100000 per year\n    allocate GBP 60000 per year to forum\n    allocate GBP 40000 per year to [community body]\n  }\n}'
            }]
        },
        messages: {
            'over-total': 'The allocations in {{name}} add up to {{allocated}}, more than the {{holding}} it holds. Reduce the allocations or raise the amount.'
        }
    },
    create(context) {
        const check = (container: Budget | Fund) => {
            const holding = holdingOf(container);
            if (!holding) return;
            const allocated = moneyAllocations(container).filter(({ sum }) => sum.currency === holding.currency && sum.yearly === holding.yearly);
            const total = allocated.reduce((sum, { sum: { value } }) => sum + value, 0);
            if (allocated.length === 0 || total <= holding.value + 0.005) return;
            const period = holding.yearly ? ' a year' : '';
            context.report({
                node: container,
                range: rangeOf(container),
                messageId: 'over-total',
                data: { name: container.name, allocated: `${formatSum({ currency: holding.currency, value: total })}${period}`, holding: `${formatSum(holding)}${period}` }
            });
        };
        return { Budget: check, Fund: check };
    }
};
