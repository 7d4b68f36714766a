import type { Measure } from '../../../generated/ast.js';
import { analyseProse } from '../../../prose/index.js';
import { judgeOutputFocused } from '../../judgements.js';
import { isJudgedProse } from '../../prose-findings.js';
import { fragmentRange } from '../../prose-spans.js';
import { rangeOf } from '../../ranges.js';
import { addAfter } from '../../fix-builders.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';
import { quotable } from '../../messages.js';

export const outputCounting: Rule = {
    meta: {
        id: 'outcomes/output-counting',
        pack: 'outcomes',
        shift: 'outcomes',
        defaultSeverity: 'warning',
        description: 'A measure counts activity (sessions held, reports published, steps taken) rather than change in people\'s lives.',
        rationale: 'Counting outputs rewards doing things rather than changing things: a programme can hold four hundred '
            + 'workshops and leave nobody better off. New Local asks for outcomes that are meaningful in people\'s lived '
            + 'experience, judged over the long term.',
        sources: [Sources.communityPower('Third shift: from outputs to outcomes.')],
        fix: 'Adds an outcome measure with qualitative evidence after the output measure, for the drafter to complete.',
        examples: {
            bad: [
                { code: 'section 1 {\n  measure Workshops output "Number of workshops held" evidence quantitative\n}' },
                { code: 'section 1 {\n  "Each body must set out, in its yearly statement, the steps it has taken to widen participation."\n}' }
            ],
            good: [{ code: 'section 1 {\n  measure Confidence outcome "People who took part say they now feel able to change things locally"\n    evidence qualitative over 5 years defined by residents\n}' }]
        },
        messages: {
            'output-measure': '"{{description}}" counts activity, not a change in anyone\'s life. '
                + 'Say what should be different for people because of it, and measure that (measure outcome "...").',
            // A clause, by what the prose judgement found (lint/judgements.ts, judgeOutputFocused).
            activity: 'This clause counts activity ("{{words}}") rather than what changed for people. '
                + 'Ask what difference the activity made to people, and report that too.',
            tally: 'This clause judges performance by a tally ("{{words}}") rather than by what changed for people. '
                + 'Judge it also by what difference the work made to people\'s lives, in their own words.',
            documents: 'This clause treats the duty as done once a document is produced ("{{words}}"), not when something changes for people. '
                + 'Say what the document is meant to change for people, and judge the duty by whether it did.',
            'done-by-output': 'This clause counts the duty as done once something has been done ("{{words}}"), not when something changes for people. '
                + 'Say what the work is meant to change for people, and judge the duty by whether it did.'
        }
    },
    create(context) {
        return {
            Measure(measure: Measure) {
                if (measure.kind !== 'output') return;
                context.report({
                    node: measure,
                    range: rangeOf(measure, 'kind'),
                    messageId: 'output-measure',
                    data: { description: quotable(measure.description) },
                    fixes: [addAfter(context, measure, 'measure outcome "Describe what should be different in people\'s lives" evidence qualitative over 10 years',
                        'Add an outcome measure with qualitative evidence')]
                });
            },
            prose(fragment) {
                if (!isJudgedProse(fragment)) return;
                const judgement = judgeOutputFocused(analyseProse(fragment.text));
                if (!judgement) return;
                context.report({
                    node: fragment.node,
                    range: fragmentRange(context.document, fragment, judgement.span),
                    messageId: judgement.messageId,
                    data: judgement.data
                });
            }
        };
    }
};
