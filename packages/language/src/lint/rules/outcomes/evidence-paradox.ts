import type { Evaluation, Measure } from '../../../generated/ast.js';
import { GrammarUtils } from 'langium';
import { quotable } from '../../messages.js';
import { rangeOf } from '../../ranges.js';
import type { Fix, Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const evidenceParadox: Rule = {
    meta: {
        id: 'outcomes/evidence-paradox',
        pack: 'outcomes',
        shift: 'outcomes',
        defaultSeverity: 'warning',
        description: 'An evaluation, or an outcome, is to be judged on quantitative evidence alone, with no lived-experience or qualitative evidence.',
        rationale: 'Community power is best evidenced in people\'s own accounts of what changed, yet it is usually judged by '
            + 'numbers designed for the system it challenges: New Local\'s evidence paradox. Evaluation that counts only '
            + 'what is countable will miss, and so undervalue, what matters most.',
        sources: [Sources.communityPower('The evidence paradox; recommendation 1: stronger evaluation and shared measures of value.')],
        fix: 'Changes "evidence quantitative" to "evidence mixed", for the drafter to confirm.',
        examples: {
            bad: [{ code: 'section 1 {\n  evaluation Review {\n    every 1 year\n    evidence quantitative\n  }\n}' }],
            good: [{ code: 'section 1 {\n  evaluation Review {\n    every 2 years\n    by residents\n    evidence mixed\n    learning "shared at an open meeting each year"\n  }\n}' }]
        },
        messages: {
            'no-evidence': 'This evaluation does not say what evidence it will use, so by default it will count what is easy to count. '
                + 'Add "evidence mixed" or "evidence qualitative", and say whose accounts it will draw on.',
            'numbers-only': 'This evaluation uses numbers alone, so what people say has changed in their lives will not count as evidence. '
                + 'Use mixed evidence that includes residents\' own accounts (evidence mixed).',
            'outcome-numbers-only': 'The outcome "{{outcome}}" is to be judged by numbers alone. Include people\'s own accounts of the change (evidence mixed).'
        }
    },
    create(context) {
        const mixFix = (node: Evaluation | Measure): Fix[] => {
            const evidence = GrammarUtils.findNodeForProperty(node.$cstNode, 'evidence');
            return evidence && node.evidence.length === 1
                ? [{ title: 'Use mixed evidence: numbers and people\'s own accounts', needsReview: true, edits: [{ range: evidence.range, newText: 'mixed' }] }]
                : [];
        };
        const quantitativeOnly = (node: Evaluation | Measure) => node.evidence.length === 0 || node.evidence.every((evidence) => evidence === 'quantitative');
        return {
            Evaluation(evaluation: Evaluation) {
                if (!quantitativeOnly(evaluation)) return;
                context.report({
                    node: evaluation,
                    range: rangeOf(evaluation, evaluation.evidence.length > 0 ? 'evidence' : undefined),
                    messageId: evaluation.evidence.length === 0 ? 'no-evidence' : 'numbers-only',
                    fixes: mixFix(evaluation)
                });
            },
            Measure(measure: Measure) {
                if (measure.kind !== 'outcome' || measure.evidence.length === 0 || !quantitativeOnly(measure)) return;
                context.report({
                    node: measure,
                    range: rangeOf(measure, 'evidence'),
                    messageId: 'outcome-numbers-only',
                    data: { outcome: quotable(measure.description) },
                    fixes: mixFix(measure)
                });
            }
        };
    }
};
