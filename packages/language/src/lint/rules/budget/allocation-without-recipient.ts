import type { Allocation } from '../../../generated/ast.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

/** Descriptions that name no place and no body, so the money has no real destination. */
const CATCH_ALL = /^(other|others|various|misc\.?|miscellaneous|general( purposes)?|unallocated|to be (decided|confirmed|agreed)|tb[cda]|contingenc(y|ies)|as required|as needed)$/i;

export const allocationWithoutRecipient: Rule = {
    meta: {
        id: 'budget/allocation-without-recipient',
        pack: 'budget',
        defaultSeverity: 'warning',
        description: 'An allocation names no place or body to receive it.',
        rationale: 'Money that is allocated to nobody in particular is in practice decided later by whoever holds it. '
            + 'Naming the place or body that receives each allocation keeps the decision visible and accountable locally.',
        sources: [Sources.communityPower('Fourth shift: accountability to people locally rather than upwards.')],
        examples: {
            bad: [
                { code: 'section 1 {\n  budget Parks {\n    amount GBP 100000\n    allocate GBP 20000\n  }\n}', note: 'The allocation has no recipient.' },
                { code: 'section 1 {\n  budget Parks {\n    amount GBP 100000\n    allocate GBP 20000 to "other"\n  }\n}', note: '"Other" names no place or body.' }
            ],
            good: [{ code: 'section 1 {\n  budget Parks {\n    amount GBP 100000\n    allocate GBP 20000 to forum "for the new play area"\n  }\n}' }]
        },
        messages: {
            'no-recipient': 'This allocation does not say who receives it. Add "to" and the place or body that receives it, for example: to forum.',
            'catch-all': '"{{description}}" names no place or body, so whoever holds the money will decide later where it goes. '
                + 'Say who receives this money, or who decides how it is used.'
        }
    },
    create(context) {
        return {
            Allocation(allocation: Allocation) {
                const description = allocation.recipientDescription?.trim();
                if (allocation.recipient) return;
                if (description !== undefined && !CATCH_ALL.test(description)) return;
                context.report({
                    node: allocation,
                    range: rangeOf(allocation, allocation.money ? 'money' : 'share'),
                    ...(description === undefined ? { messageId: 'no-recipient' } : { messageId: 'catch-all', data: { description } })
                });
            }
        };
    }
};
