import { AstUtils } from 'langium';
import { someDescendant } from '../../../syntax/ast-walk.js';
import { isParticipation, isSection, type Budget, type Fund, type PartyRef } from '../../../generated/ast.js';
import { namesOf, sideOfRef } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import { addField, communityParty } from '../../fix-builders.js';
import type { Fix, Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

const COMMUNITY_LEVELS = new Set(['delegate', 'community-control']);

export const budgetWithoutCommunityControl: Rule = {
    meta: {
        id: 'community/budget-without-community-control',
        pack: 'community',
        shift: 'community',
        defaultSeverity: 'warning',
        description: 'A budget or fund is governed and decided without any community body in control.',
        rationale: 'Money is where power is most concrete. When a budget or fund is decided, governed and held to account '
            + 'only by ministers, officials or contractors, accountability runs upwards to Whitehall rather than to the '
            + 'people it serves. New Local calls for devolved budgets and a Community Wealth Fund that communities control.',
        sources: [
            Sources.communityPower('Recommendations 2 and 4(c): devolved, place-based budgets and a Community Wealth Fund; fourth shift.'),
            Sources.arnstein('Delegated power and citizen control are the rungs at which residents hold the money.')
        ],
        fix: 'Adds "decided by <a community body> via participatory-budgeting", for the drafter to confirm.',
        examples: {
            bad: [{ code: 'section 1 {\n  fund Improvement {\n    endowment GBP 20m\n    governed by department\n    decided by minister via ministerial-decision\n  }\n}' }],
            good: [{ code: 'section 1 {\n  fund Improvement {\n    endowment GBP 20m\n    governed by forum\n    decided by forum via participatory-budgeting\n  }\n}' }]
        },
        messages: {
            budget: 'The budget {{name}} is held and decided by {{holders}}, with no community body in control. '
                + 'Devolve it to a community body, or let one decide how it is spent (for example: decided by forum via participatory-budgeting).',
            fund: 'The fund {{name}} is governed and decided by {{holders}}, with no community body in control. '
                + 'Let a community body govern it, or decide how it is spent (for example: decided by forum via participatory-budgeting).'
        }
    },
    create(context) {
        const check = (container: Budget | Fund) => {
            const holders: PartyRef[] = [...container.deciders, ...container.accountable,
                ...(container.$type === 'Budget' ? container.devolvedTo : container.governors)];
            if (holders.length === 0 || holders.some((ref) => sideOfRef(ref) === 'community')) return;
            const section = AstUtils.getContainerOfType(container, isSection);
            const delegated = section && someDescendant(section, (node) =>
                isParticipation(node) && node.levels.some((level) => COMMUNITY_LEVELS.has(level))
                && node.deciders.some((ref) => sideOfRef(ref) === 'community'));
            if (delegated) return;
            const community = communityParty(context);
            context.report({
                node: container,
                range: rangeOf(container),
                messageId: container.$type === 'Budget' ? 'budget' : 'fund',
                data: { name: container.name, holders: namesOf(holders) },
                fixes: community ? [addField(context, container, `decided by ${community} via participatory-budgeting`, `Let ${community} decide how it is spent`)].filter((fix): fix is Fix => fix !== undefined) : []
            });
        };
        return { Budget: check, Fund: check };
    }
};
