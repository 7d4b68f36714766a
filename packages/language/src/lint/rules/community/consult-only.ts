import type { Participation } from '../../../generated/ast.js';
import { analyseProse } from '../../../prose/index.js';
import { judgeConsultationAsPower } from '../../judgements.js';
import { isJudgedProse } from '../../prose-findings.js';
import { fragmentRange } from '../../prose-spans.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const consultOnly: Rule = {
    meta: {
        id: 'community/consult-only',
        pack: 'community',
        shift: 'community',
        defaultSeverity: 'error',
        description: 'Consultation is presented as power: people are promised a say or control, but are only informed or consulted.',
        rationale: 'Arnstein placed informing and consultation among the rungs of tokenism: people may speak, but have no '
            + 'assurance that what they say will change anything. Calling consultation "having your say" or "empowerment" '
            + 'promises a power the provision does not give, and New Local warns that it erodes the trust community power needs.',
        sources: [
            Sources.arnstein('Informing and consultation are tokenism unless power is shared.'),
            Sources.communityPower('Fourth shift; "institution-led" practice in which communities are at most consulted.')
        ],
        fix: 'Raises the participation level from consult to collaborate, for the drafter to confirm the wording that goes with it.',
        examples: {
            bad: [
                { code: 'section 1 {\n  "Communities will have their say through consultation on the draft plan."\n}' },
                { code: 'section 1 {\n  participation HaveYourSay {\n    level consult\n    matter "giving residents a real say over the plan"\n    decided by council\n  }\n}' }
            ],
            good: [{ code: 'section 1 {\n  participation Plan {\n    level collaborate\n    matter "giving residents a real say over the plan"\n    decided by council, forum\n  }\n}' }]
        },
        messages: {
            level: '{{name}} promises people power or a say, but its level is only "{{level}}". '
                + 'Give them a share in the decision (level collaborate or higher), or describe it honestly as consultation.',
            // A clause, from the prose judgement (lint/judgements.ts, judgeConsultationAsPower).
            promise: 'This clause promises people "{{claim}}" but offers only "{{offer}}". Consultation is not power: '
                + 'give people a share in the decision, or describe it honestly as consultation.'
        }
    },
    create(context) {
        return {
            Participation(participation: Participation) {
                const advisory = participation.levels.find((level) => level === 'inform' || level === 'consult');
                if (!advisory) return;
                const claims = [participation.text, ...participation.matters, ...participation.notes].filter((text): text is string => text !== undefined)
                    .some((text) => analyseProse(text).matches('framing', 'power-claim').some((match) => !match.negated));
                if (!claims) return;
                const level = participation.$cstNode && rangeOf(participation, 'levels');
                context.report({
                    node: participation,
                    range: level,
                    messageId: 'level',
                    data: { name: participation.name, level: advisory },
                    fixes: advisory === 'consult' && level ? [{ title: 'Raise the level to collaborate', needsReview: true, edits: [{ range: level, newText: 'collaborate' }] }] : []
                });
            },
            prose(fragment) {
                if (!isJudgedProse(fragment)) return;
                const judgement = judgeConsultationAsPower(analyseProse(fragment.text));
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
