import type { Measure } from '../../../generated/ast.js';
import { isCentral, namesOf } from '../../parties.js';
import { rangeOf } from '../../ranges.js';
import { communityParty } from '../../fix-builders.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

export const centralTargets: Rule = {
    meta: {
        id: 'ethos/central-targets',
        pack: 'ethos',
        shift: 'ethos',
        defaultSeverity: 'warning',
        description: 'A target is set from the centre: a minister, department or the Treasury defines the measure that places are held to.',
        rationale: 'Targets set in Whitehall pull local practice towards what the centre can count and compare, and make '
            + 'places accountable upwards rather than to their residents. New Local contrasts this public-management model '
            + 'with success defined around a purpose that communities share and help to set.',
        sources: [Sources.communityPower('Second shift: from KPIs, targets and league tables to ethos; evidence paradox.')],
        fix: 'Replaces the central definer with a community body the draft declares, for the drafter to confirm.',
        examples: {
            bad: [{ code: 'section 1 {\n  measure Visits metric "Visits to the library per head"\n    evidence quantitative defined by department target "10% more each year"\n}' }],
            good: [{ code: 'section 1 {\n  measure Belonging outcome "People say the library helps them feel part of the area"\n    evidence qualitative over 10 years defined by residents\n}' }]
        },
        messages: {
            target: 'This target is set from the centre, by {{definers}}, for every place alike. '
                + 'Let the people it concerns define what success means here (for example: defined by residents), with the centre supporting rather than setting it.',
            measure: 'This measure is set from the centre, by {{definers}}, for every place alike. '
                + 'Let the people it concerns define what success means here (for example: defined by residents), with the centre supporting rather than setting it.'
        }
    },
    create(context) {
        return {
            Measure(measure: Measure) {
                const central = measure.definers.filter(isCentral);
                if (central.length === 0 || (measure.targets.length === 0 && measure.kind === 'outcome')) return;
                const community = communityParty(context);
                const definer = rangeOf(measure, 'definers');
                context.report({
                    node: measure,
                    range: definer,
                    messageId: measure.targets.length > 0 ? 'target' : 'measure',
                    data: { definers: namesOf(central) },
                    fixes: community && definer && measure.definers.length === 1
                        ? [{ title: `Let ${community} define it`, needsReview: true, edits: [{ range: definer, newText: community }] }] : []
                });
            }
        };
    }
};
