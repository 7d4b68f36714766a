import type { AstNode } from 'langium';
import { isBudget, isFund, isParticipation, isPower, isRight, type Instrument } from '../../../generated/ast.js';
import { analyseProse } from '../../../prose/index.js';
import { sideOfRef } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';
import { nodesOfDraft } from '../../unit.js';

/** The four goals New Local set for a Community Power Act, and how a draft shows each one. */
const GOALS: ReadonlyArray<{ goal: string; met: (node: AstNode) => boolean; hint: string }> = [
    {
        goal: 'enshrine community rights',
        met: (node) => isRight(node) && node.holders.some((ref) => sideOfRef(ref) === 'community'),
        hint: 'a right held by a community body'
    },
    {
        goal: 'enable community-focused devolution',
        met: (node) => (isBudget(node) && node.devolvedTo.some((ref) => sideOfRef(ref) === 'community'))
            || (isParticipation(node) && node.levels.some((level) => level === 'delegate' || level === 'community-control')
                && node.deciders.some((ref) => sideOfRef(ref) === 'community')),
        hint: 'a budget devolved to a community body, or a decision delegated to one'
    },
    {
        goal: 'establish a Community Wealth Fund',
        met: (node) => isFund(node),
        hint: 'a fund'
    },
    {
        goal: 'provide a permissive framework',
        met: (node) => isPower(node) && (node.consenters.some((ref) => sideOfRef(ref) === 'community')
            || node.holders.some((ref) => sideOfRef(ref) === 'institution')
                && [node.text, ...node.actions, ...node.notes].some((text) => text !== undefined && analyseProse(text).matches('framing', 'permissive').length > 0)),
        hint: 'a general power for public bodies to support community action, or a power that needs community consent'
    }
];

export const communityPowerActGoals: Rule = {
    meta: {
        id: 'completeness/community-power-act-goals',
        pack: 'completeness',
        defaultSeverity: 'warning',
        description: 'A draft that presents itself as a Community Power Act does not cover all four of the goals New Local set for one.',
        rationale: 'New Local recommends that Parliament pass a Community Power Act with four goals: enshrine community rights, '
            + 'enable community-focused devolution, establish a Community Wealth Fund, and provide a permissive legislative '
            + 'and regulatory framework. A draft that carries the name but leaves a goal out promises more than it delivers.',
        sources: [Sources.communityPower('Recommendation 4: a Community Power Act with four goals.')],
        examples: {
            bad: [{ code: 'act "Community Power Act 2027" {\n  actor forum: neighbourhood-forum\n  actor council: local-authority\n  section 1 { right RightToBid { holder forum duty-bearer council appeal "to the tribunal" } }\n}', note: 'Only the first goal is covered.' }],
            good: [{ code: 'act "Parks Act 2027" {\n  section 1 { "The council must keep parks open." }\n}', note: 'Not presented as a Community Power Act, so not checked.' }]
        },
        messages: {
            // {{goals}} and {{additions}} list the missing goals and what would meet each, from GOALS above.
            'missing-goals': 'This Community Power Act does not yet {{goals}}. Add {{additions}}.'
        }
    },
    create(context) {
        return {
            Instrument(instrument: Instrument) {
                if (!/community power/i.test(instrument.title) || !['act', 'bill'].includes(instrument.kind)) return;
                const nodes = nodesOfDraft(context.services, context.document);
                const missing = GOALS.filter((goal) => !nodes.some(goal.met));
                if (missing.length === 0) return;
                context.report({
                    node: instrument,
                    range: rangeOf(instrument, 'title'),
                    messageId: 'missing-goals',
                    data: { goals: missing.map((goal) => goal.goal).join(', or '), additions: missing.map((goal) => goal.hint).join('; and ') }
                });
            }
        };
    }
};
