import type { Participation } from '../../../generated/ast.js';
import { namesOf, sideOfRef } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

/** Rungs at which the community takes part but the decision stays elsewhere. */
const ADVISORY_LEVELS = new Set(['inform', 'consult', 'involve']);

export const institutionDecides: Rule = {
    meta: {
        id: 'community/institution-decides',
        pack: 'community',
        shift: 'community',
        defaultSeverity: 'error',
        description: 'An institution holds the decision, approval or veto while the community is at most informed, consulted or involved.',
        rationale: 'On Arnstein\'s ladder, informing and consultation are degrees of tokenism: residents may be heard, but the '
            + 'power to decide stays with the institution. New Local\'s fourth shift asks for decisions to move to '
            + 'communities, with institutions as partners who carry those decisions out.',
        sources: [
            Sources.communityPower('Fourth shift: from state and market control to community; "institution-led" practice.'),
            Sources.arnstein('Informing and consultation are tokenism; partnership, delegated power and citizen control share or transfer power.'),
            Sources.iap2('Inform, consult and involve leave the final decision with the institution.')
        ],
        examples: {
            bad: [{ code: 'section 1 {\n  participation HaveYourSay {\n    participants residents\n    level consult\n    decided by minister\n  }\n}' }],
            good: [{ code: 'section 1 {\n  participation Priorities {\n    participants residents\n    level community-control\n    method citizens-assembly\n    decided by forum\n  }\n}' }]
        }
    },
    create(context) {
        return {
            Participation(participation: Participation) {
                if (participation.deciders.length === 0 || participation.deciders.some((ref) => sideOfRef(ref) === 'community')) return;
                if (participation.levels.length > 0 && participation.levels.some((level) => !ADVISORY_LEVELS.has(level))) return;
                const level = participation.levels[0];
                const part = level === 'inform' ? 'only to be kept informed' : level === 'consult' ? 'only to be consulted' : level === 'involve' ? 'only to be involved' : 'not stated';
                const participants = participation.participants.length > 0 ? namesOf(participation.participants) : 'the community';
                context.report({
                    node: participation,
                    range: rangeOf(participation),
                    message: `The decision rests with ${namesOf(participation.deciders)}, while the part given to ${participants} is ${part}. `
                        + 'Give the decision to a community body (decided by forum), or share it (level collaborate), and say how.'
                });
            }
        };
    }
};
