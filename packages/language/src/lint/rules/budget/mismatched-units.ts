import type { Allocation, Budget, Fund } from '../../../generated/ast.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const mismatchedUnits: Rule = {
    meta: {
        id: 'budget/mismatched-units',
        pack: 'budget',
        defaultSeverity: 'warning',
        description: 'An allocation is in a different currency, or over a different period, from the budget or fund it comes from.',
        rationale: 'Allocating euros from a sterling budget, or a monthly sum from a yearly one, makes it impossible to check '
            + 'that the allocations fit, and invites mistakes when the money is paid out.',
        sources: [Sources.draftingGuidance('Amounts and periods should be stated consistently so a provision has one clear meaning.')],
        examples: {
            bad: [{
                code: 'section 1 {\n  budget Parks {\n    amount GBP 120000 per year\n    allocate EUR 50000 per year to forum\n  }\n}',
                note: 'A sterling budget with an allocation in euros.'
            }],
            good: [{ code: 'section 1 {\n  budget Parks {\n    amount GBP 120000 per year\n    allocate GBP 50000 per year to forum\n  }\n}' }]
        },
        messages: {
            currency: 'This allocation is in {{currency}} but {{name}} is in {{expected}}. Write it in {{expected}} so the two can be compared.',
            period: 'This allocation is per {{period}} but {{name}} is per {{expected}}. Use the same period for both.',
            'no-period': '{{name}} is per {{expected}}, but this allocation gives no period. Add "per {{expected}}", or say that it is a one-off sum.',
            'recurring-from-sum': 'This allocation is per {{period}}, but {{name}} is a single sum. Give the budget a period, or make the allocation a single sum.'
        }
    },
    create(context) {
        const check = (container: Budget | Fund) => {
            const amounts = container.$type === 'Budget' ? container.amounts : container.endowments;
            const reference = amounts[0];
            if (!reference) return;
            const report = (allocation: Allocation, messageId: string, data: Record<string, string>) =>
                context.report({ node: allocation, range: rangeOf(allocation, 'money'), messageId, data: { name: container.name, ...data } });
            for (const allocation of container.allocations) {
                if (!allocation.money) continue;
                if (allocation.money.currency !== reference.money.currency) {
                    report(allocation, 'currency', { currency: allocation.money.currency, expected: reference.money.currency });
                } else if (reference.per && allocation.per && allocation.per !== reference.per) {
                    report(allocation, 'period', { period: allocation.per, expected: reference.per });
                } else if (Boolean(reference.per) !== Boolean(allocation.per) && container.$type === 'Budget') {
                    if (reference.per) report(allocation, 'no-period', { expected: reference.per });
                    else report(allocation, 'recurring-from-sum', { period: allocation.per! });
                }
            }
        };
        return { Budget: check, Fund: check };
    }
};
