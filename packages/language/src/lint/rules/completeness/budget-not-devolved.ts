import type { Budget } from '../../../generated/ast.js';
import { sideOfRef } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

const NATIONAL_LEVELS = new Set(['nation', 'national', 'region']);

export const budgetNotDevolved: Rule = {
    meta: {
        id: 'completeness/budget-not-devolved',
        pack: 'completeness',
        defaultSeverity: 'info',
        description: 'A budget is not place-based and devolved: it names no place or level below the nation, or is devolved to no local body.',
        rationale: 'New Local recommends ambitious devolved, place-based budgets across local public services. A budget that '
            + 'says neither where it is spent nor to whom it is devolved will be run from the centre by default.',
        sources: [Sources.communityPower('Recommendation 2: devolved, place-based budgets.')],
        examples: {
            bad: [{ code: 'section 1 {\n  budget Regeneration {\n    amount GBP 50m per year for 5 years\n    level national\n  }\n}' }],
            good: [{ code: 'section 1 {\n  budget Regeneration {\n    amount GBP 50m per year for 5 years\n    devolved to forum\n    place "each neighbourhood area"\n    level neighbourhood\n  }\n}' }]
        },
        messages: {
            'not-devolved': 'The budget {{name}} is devolved to no local body, so it will be run from the centre by default. '
                + 'Say who it is devolved to (for example: devolved to forum).',
            'no-place': 'The budget {{name}} names no place or local level, so it will be run from the centre by default. '
                + 'Say which places it covers (place "..." or level neighbourhood).',
            neither: 'The budget {{name}} is devolved to no local body and names no place or local level, so it will be run from the centre by default. '
                + 'Say which places it covers (place "..." or level neighbourhood) and who it is devolved to.'
        }
    },
    create(context) {
        return {
            Budget(budget: Budget) {
                const devolved = budget.devolvedTo.some((ref) => sideOfRef(ref) !== 'institution' || ref.party.ref?.$type === 'Actor' && ['local-authority', 'combined-authority'].includes(ref.party.ref.kind));
                const placeBased = budget.places.length > 0 || budget.placeLevels.some((level) => !NATIONAL_LEVELS.has(level));
                if (devolved && placeBased) return;
                context.report({
                    node: budget,
                    range: rangeOf(budget),
                    messageId: !devolved && !placeBased ? 'neither' : !devolved ? 'not-devolved' : 'no-place',
                    data: { name: budget.name }
                });
            }
        };
    }
};
