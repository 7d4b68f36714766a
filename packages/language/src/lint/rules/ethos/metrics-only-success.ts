import type { AstNode } from 'langium';
import type { Budget, Evaluation, Fund, Measure, Section } from '../../../generated/ast.js';
import { isMeasure } from '../../../generated/ast.js';
import { analyseProse } from '../../../prose/index.js';
import { judgeMetricsOnly } from '../../judgements.js';
import { isJudgedProse } from '../../prose-findings.js';
import { fragmentRange } from '../../prose-spans.js';
import { quotable } from '../../messages.js';
import { rangeOf } from '../../ranges.js';
import { addAfter } from '../../fix-builders.js';
import type { Fix, Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/**
 * A measure counts as purpose-led when it is an outcome. An outcome judged by numbers alone is
 * the evidence paradox, which outcomes/evidence-paradox reports.
 */
function isPurposeLed(measure: Measure): boolean {
    return measure.kind === 'outcome';
}

export const metricsOnlySuccess: Rule = {
    meta: {
        id: 'ethos/metrics-only-success',
        pack: 'ethos',
        shift: 'ethos',
        defaultSeverity: 'error',
        description: 'Success is defined only by numbers: targets, indicators, counts or rankings, with no outcome judged in people\'s own terms.',
        rationale: 'New Local calls this the evidence paradox: community power is asked to prove itself with measures built '
            + 'for the system it challenges. Its value is best seen qualitatively, over the long term and in context. A '
            + 'provision whose only measures are numbers will steer practice towards what is easy to count.',
        sources: [
            Sources.communityPower('The evidence paradox; second shift, from metrics to ethos.')
        ],
        fix: 'Adds an outcome measure with qualitative evidence after the last measure, for the drafter to complete.',
        examples: {
            bad: [
                { code: 'section 1 {\n  measure Footfall metric "Visitors to the high street each month"\n    evidence quantitative target "5% more each year"\n}' },
                { code: 'section 1 {\n  "The programme will be judged to have worked if the borough rises into the top quartile of the national rankings by 2030."\n}' }
            ],
            good: [{ code: 'section 1 {\n  measure Footfall metric "Visitors to the high street each month" evidence quantitative\n  measure Pride outcome "Residents say the high street is a place they are glad to spend time"\n    evidence qualitative over 10 years defined by residents\n}' }]
        },
        messages: {
            // {{measures}} lists the measures' descriptions, each in quotation marks.
            'numbers-only': 'Success here is judged only by numbers ({{measures}}), with no outcome people would recognise in their own lives. '
                + 'Add an outcome measure with qualitative evidence, defined with the people it concerns.',
            // A clause, by what the prose judgement found (lint/judgements.ts, judgeMetricsOnly).
            metric: 'This clause defines success by "{{words}}", with no stated purpose and no evidence from people\'s own accounts. '
                + 'Say what the measure is for, and judge success also by what people say has changed in their lives.',
            count: 'This clause defines success as a number ("{{words}}"), with no stated purpose and no evidence from people\'s own accounts. '
                + 'Say what the number is for, and judge success also by what people say has changed in their lives.'
        }
    },
    create(context) {
        const check = (container: Section | Budget | Fund | Evaluation) => {
            const measures = directMeasures(container);
            if (measures.length === 0 || measures.some(isPurposeLed)) return;
            context.report({
                node: measures[0],
                range: rangeOf(measures[0], 'kind'),
                messageId: 'numbers-only',
                data: { measures: measures.map((m) => `"${quotable(m.description)}"`).join(', ') },
                fixes: [addOutcomeMeasure(context, measures.at(-1)!)]
            });
        };
        return {
            Section: check,
            Budget: check,
            Fund: check,
            prose(fragment) {
                if (!isJudgedProse(fragment)) return;
                const judgement = judgeMetricsOnly(analyseProse(fragment.text));
                if (!judgement) return;
                context.report({
                    node: fragment.node,
                    range: fragmentRange(context.document, fragment, judgement.span),
                    messageId: judgement.messageId,
                    data: judgement.data,
                    fixes: [addAfter(context, fragment.node, 'measure outcome "Describe the change people would notice in their lives" evidence qualitative over 10 years',
                        'Add an outcome measure with qualitative evidence')]
                });
            }
        };
    }
};

function directMeasures(container: AstNode): Measure[] {
    const items = (container as { items?: AstNode[]; measures?: Measure[] }).measures ?? (container as { items?: AstNode[] }).items ?? [];
    return items.filter(isMeasure);
}

function addOutcomeMeasure(context: RuleContext, after: Measure): Fix {
    const end = after.$cstNode!.range.end;
    const line = context.document.textDocument.getText({ start: { line: after.$cstNode!.range.start.line, character: 0 }, end: after.$cstNode!.range.start });
    const indent = /^\s*/.exec(line)![0];
    return {
        title: 'Add an outcome measure with qualitative evidence',
        needsReview: true,
        edits: [{
            range: { start: end, end },
            newText: `\n${indent}measure outcome "Describe the change people would notice in their lives" evidence qualitative over 10 years`
        }]
    };
}
