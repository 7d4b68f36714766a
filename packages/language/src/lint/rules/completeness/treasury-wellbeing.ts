import type { AstNode } from 'langium';
import { isActor, isBudget, isDuty, isEvaluation, isFund, isMeasure, isPower, type Instrument, type PartyRef } from '../../../generated/ast.js';
import { analyseProse } from '../../../prose/index.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';
import { nodesOfDraft } from '../../unit.js';

const isTreasury = (ref: PartyRef) => {
    const party = ref.party.ref;
    return isActor(party) ? party.kind === 'treasury' : party !== undefined && /treasury/i.test(party.name);
};

/** Budgets and funds paid for or set at national level. */
function touchesNationalMoney(node: AstNode): boolean {
    if (isBudget(node)) return node.sources.some(isTreasury) || node.placeLevels.some((level) => level === 'national' || level === 'nation');
    if (isFund(node)) return node.sources.some((source) => source.party !== undefined && isTreasury(source.party));
    return false;
}

/** A provision that asks the Treasury to judge spending by wellbeing. */
function isWellbeingBudgeting(node: AstNode): boolean {
    const mentionsWellbeing = (texts: ReadonlyArray<string | undefined>) =>
        texts.some((text) => text !== undefined && analyseProse(text).matches('outcomes', 'outcome').some((match) => !match.negated));
    if (isDuty(node)) return node.bearers.some(isTreasury) && mentionsWellbeing([node.text, ...node.actions, ...node.notes]);
    if (isPower(node)) return node.holders.some(isTreasury) && mentionsWellbeing([node.text, ...node.actions, ...node.notes]);
    if (isEvaluation(node)) return node.evaluators.some(isTreasury) && mentionsWellbeing([node.text, ...node.learning, ...node.notes]);
    if (isMeasure(node)) return node.definers.some(isTreasury) && mentionsWellbeing([node.description]);
    return false;
}

export const treasuryWellbeing: Rule = {
    meta: {
        id: 'completeness/treasury-wellbeing',
        pack: 'completeness',
        defaultSeverity: 'info',
        description: 'A draft sets or pays for budgets nationally but gives the Treasury no duty to budget for wellbeing.',
        rationale: 'New Local recommends that the Treasury adopt a wellbeing approach to budgeting, so that national spending is '
            + 'judged by what it does for people\'s lives over time rather than by short-term cost alone. A draft that moves '
            + 'national money without it leaves the old measures of value in charge.',
        sources: [Sources.communityPower('Recommendation 3: the Treasury adopts a wellbeing approach to budgeting.')],
        examples: {
            bad: [{ code: 'section 1 {\n  budget Neighbourhoods {\n    amount GBP 1bn per year for 10 years\n    from treasury\n    devolved to forum\n    level neighbourhood\n  }\n}' }],
            good: [{ code: 'section 1 {\n  budget Neighbourhoods {\n    amount GBP 1bn per year for 10 years\n    from treasury\n    devolved to forum\n    level neighbourhood\n  }\n  duty WellbeingBudgeting {\n    bearer treasury\n    action "assess each spending decision against the wellbeing framework and publish the assessment"\n  }\n}' }]
        },
        messages: {
            'no-wellbeing-duty': 'This draft moves national money but does not ask the Treasury to budget for wellbeing. '
                + 'Add a duty on the Treasury to assess spending against wellbeing outcomes developed with communities.'
        }
    },
    create(context) {
        return {
            Instrument(instrument: Instrument) {
                if (!['act', 'bill'].includes(instrument.kind)) return;
                const nodes = nodesOfDraft(context.services, context.document);
                if (!nodes.some(touchesNationalMoney) || nodes.some(isWellbeingBudgeting)) return;
                context.report({
                    node: instrument,
                    range: rangeOf(instrument, 'title'),
                    messageId: 'no-wellbeing-duty'
                });
            }
        };
    }
};
