import type { Power } from '../../../generated/ast.js';
import { isCentral, namesOf, sideOfRef } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import { addField, communityParty } from '../../fix-builders.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const uncheckedCentralPower: Rule = {
    meta: {
        id: 'community/unchecked-central-power',
        pack: 'community',
        shift: 'community',
        defaultSeverity: 'warning',
        description: 'A minister, department or the Treasury holds a power, such as making regulations or giving directions, with no community check.',
        rationale: 'Regulation-making and direction powers let the centre rewrite what a community was promised. '
            + 'New Local asks for a permissive framework in which communities are trusted; where the centre keeps a power, '
            + 'requiring the consent of the communities affected keeps accountability local rather than upward.',
        sources: [Sources.communityPower('Recommendation 4(d): a permissive legislative and regulatory framework; fourth shift.')],
        fix: 'Adds "consent <a community body>" to the power, for the drafter to confirm.',
        examples: {
            bad: [{ code: 'section 1 {\n  power Directions {\n    holder minister\n    action "give directions to neighbourhood forums about their plans"\n  }\n}' }],
            good: [{ code: 'section 1 {\n  power Directions {\n    holder minister\n    action "remove a statutory barrier to community action"\n    regulations affirmative\n    consent forum\n  }\n}' }]
        },
        messages: {
            'consulted-only': 'The power {{name}} lets {{holders}} act after consulting {{consulted}}, but consultation is not a check: they can be overruled. '
                + 'Require their consent (for example: consent forum).',
            unchecked: 'The power {{name}} lets {{holders}} act with no check by the communities affected. '
                + 'Require their consent (for example: consent forum), or leave the matter to be decided locally.'
        }
    },
    create(context) {
        return {
            Power(power: Power) {
                if (!power.holders.some(isCentral)) return;
                if (power.consenters.some((ref) => sideOfRef(ref) === 'community')) return;
                const consulted = power.consultees.filter((ref) => sideOfRef(ref) === 'community');
                const community = consulted[0]?.party.$refText ?? communityParty(context);
                const consent = community ? addField(context, power, `consent ${community}`, `Require the consent of ${community}`) : undefined;
                context.report({
                    node: power,
                    range: rangeOf(power),
                    ...(consulted.length > 0
                        ? { messageId: 'consulted-only', data: { name: power.name, holders: namesOf(power.holders), consulted: namesOf(consulted) } }
                        : { messageId: 'unchecked', data: { name: power.name, holders: namesOf(power.holders) } }),
                    fixes: consent ? [consent] : []
                });
            }
        };
    }
};
