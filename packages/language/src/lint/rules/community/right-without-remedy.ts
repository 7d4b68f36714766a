import type { Right } from '../../../generated/ast.js';
import { namesOf } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import { addField } from '../../fix-builders.js';
import type { Fix, Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const rightWithoutRemedy: Rule = {
    meta: {
        id: 'community/right-without-remedy',
        pack: 'community',
        shift: 'community',
        defaultSeverity: 'warning',
        description: 'A right names no appeal and no means of enforcement.',
        rationale: 'A right that nobody can enforce leaves the decision where it was: with the body that owes the duty. '
            + 'New Local asks for community rights to be enshrined in law; a right only becomes real when a community can '
            + 'appeal a refusal or have a failure put right by someone independent.',
        sources: [Sources.communityPower('Recommendation 4(a): a Community Power Act should enshrine community rights.')],
        fix: 'Adds an appeal to the First-tier Tribunal, for the drafter to confirm or change.',
        examples: {
            bad: [{ code: 'section 1 {\n  right RightToBid {\n    holder [community body]\n    duty-bearer council\n  }\n}', note: 'If the council refuses, the community body can do nothing.' }],
            good: [{ code: 'section 1 {\n  right RightToBid {\n    holder [community body]\n    duty-bearer council\n    appeal to tribunal "against a refusal"\n  }\n}' }]
        },
        messages: {
            'no-remedy': 'The right {{name}} gives {{holders}} no appeal and no way to enforce it, so the duty-bearer decides whether it is honoured. '
                + 'Add an appeal (for example: appeal to tribunal "against a refusal") or a way to enforce it.'
        }
    },
    create(context) {
        return {
            Right(right: Right) {
                if (right.appeals.length > 0 || right.enforcements.length > 0) return;
                const holders = right.holders.length > 0 ? namesOf(right.holders) : 'its holder';
                context.report({
                    node: right,
                    range: rangeOf(right),
                    messageId: 'no-remedy',
                    data: { name: right.name, holders },
                    fixes: [addField(context, right, 'appeal "to the First-tier Tribunal, against a refusal or a failure to decide in time"', 'Add an appeal to the First-tier Tribunal')]
                        .filter((fix): fix is Fix => fix !== undefined)
                });
            }
        };
    }
};
