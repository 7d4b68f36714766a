import type { Range } from 'vscode-languageserver-types';
import type { Amount, Duration, Measure } from '../../../generated/ast.js';
import { quotable } from '../../messages.js';
import { rangeOf } from '../../ranges.js';
import type { Fix, Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

const YEARS_PER_UNIT: Readonly<Record<string, number>> = {
    day: 1 / 365, days: 1 / 365, week: 1 / 52, weeks: 1 / 52, month: 1 / 12, months: 1 / 12,
    year: 1, years: 1, 'financial-year': 1, 'financial-years': 1
};

export function durationInYears(duration: Duration): number | undefined {
    const value = Number(duration.value);
    const perUnit = YEARS_PER_UNIT[duration.unit];
    return Number.isFinite(value) && perUnit !== undefined ? value * perUnit : undefined;
}

export const shortHorizon: Rule = {
    meta: {
        id: 'outcomes/short-horizon',
        pack: 'outcomes',
        shift: 'outcomes',
        defaultSeverity: 'warning',
        description: 'An outcome is judged, or a budget runs, over too short a period for community-led change to show.',
        rationale: 'Community power works over the long term, but short-term financial and political cycles drive the system '
            + 'that judges it. One- and two-year horizons reward quick, visible outputs and end funding before the '
            + 'evidence of change can appear.',
        sources: [Sources.communityPower('The evidence paradox: long-term change judged by short-term priorities; third shift.')],
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                minYears: { type: 'number', minimum: 0, default: 3, description: 'The shortest horizon, in years, that is not flagged.' }
            }
        },
        fix: 'Lengthens the period to the shortest horizon the rule accepts, for the drafter to confirm.',
        examples: {
            bad: [
                { code: 'section 1 {\n  measure outcome "Residents feel safer" evidence qualitative over 12 months\n}' },
                { code: 'section 1 {\n  budget Pilot {\n    amount GBP 500000 per year for 1 year\n    devolved to forum\n  }\n}' }
            ],
            good: [{ code: 'section 1 {\n  measure outcome "Residents feel safer" evidence qualitative over 10 years\n}' }]
        },
        messages: {
            outcome: '"{{outcome}}" is to be judged over {{period}}, too soon for that kind of change to show. '
                + 'Judge it over at least {{minYears}} years, with interim learning along the way.',
            budget: 'This budget runs for only {{period}}, so communities cannot plan or show results before it ends. Commit it for at least {{minYears}} years.'
        }
    },
    create(context) {
        const minYears = context.options.minYears as number;
        const tooShort = (duration: Duration | undefined) => {
            const years = duration && durationInYears(duration);
            return years !== undefined && years < minYears;
        };
        return {
            Measure(measure: Measure) {
                if (measure.kind !== 'outcome') return;
                const horizon = measure.horizons.find(tooShort);
                if (!horizon) return;
                const range = rangeOf(horizon);
                context.report({
                    node: horizon,
                    range,
                    messageId: 'outcome',
                    data: { outcome: quotable(measure.description), period: `${horizon.value} ${horizon.unit}`, minYears },
                    fixes: range ? [lengthen(range, minYears)] : []
                });
            },
            Amount(amount: Amount) {
                if (amount.$container.$type !== 'Budget' || !tooShort(amount.term)) return;
                const range = rangeOf(amount, 'term');
                context.report({
                    node: amount,
                    range,
                    messageId: 'budget',
                    data: { period: `${amount.term!.value} ${amount.term!.unit}`, minYears },
                    fixes: range ? [lengthen(range, minYears)] : []
                });
            }
        };
    }
};

function lengthen(range: Range, years: number): Fix {
    return { title: `Judge it over ${years} years`, needsReview: true, edits: [{ range, newText: `${years} years` }] };
}
