import type { Participation } from '../../../generated/ast.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const unfinishedParticipation: Rule = {
    meta: {
        id: 'drafting/unfinished-participation',
        pack: 'drafting',
        defaultSeverity: 'warning',
        description: 'A participation provision does not say which decision it covers or who takes part.',
        rationale: 'A participation provision is a promise about a particular decision and particular people. Without the '
            + 'matter it covers, nobody can tell which decisions are shared and which are not; without participants, nobody '
            + 'can claim the say it gives. Such a provision also quietens the checks on who decides, so it must be finished, '
            + 'not left as it was first sketched (a quick fix that adds one leaves the matter for the drafter to write).',
        sources: [Sources.communityPower('Fourth shift: power shared over named decisions, with the people who hold the say identified.')],
        examples: {
            bad: [{ code: 'section 1 {\n  "The council decides the priorities."\n  participation SharedDecision { level collaborate decided by forum }\n}', note: 'Which decision is shared, and with whom, is left unsaid.' }],
            good: [{ code: 'section 1 {\n  "The council decides the priorities."\n  participation SharedDecision {\n    participants residents, forum\n    level collaborate\n    matter "the priorities for the coming year"\n    decided by forum\n  }\n}' }]
        },
        messages: {
            'no-matter': 'The participation provision "{{name}}" does not say which decision it covers. Add matter and the decision in plain words, '
                + 'for example: matter "how the neighbourhood budget is spent".',
            'no-participants': 'The participation provision "{{name}}" does not say who takes part. Add participants and the people or bodies who do, '
                + 'for example: participants residents.'
        }
    },
    create(context) {
        return {
            Participation(participation: Participation) {
                const unfinished = [
                    ...(participation.matters.some((matter) => matter.trim() !== '') ? [] : ['no-matter']),
                    ...(participation.participants.length > 0 ? [] : ['no-participants'])
                ];
                for (const messageId of unfinished) {
                    context.report({ node: participation, range: rangeOf(participation, 'name'), messageId, data: { name: participation.name } });
                }
            }
        };
    }
};
