import type { Instrument } from '../../../generated/ast.js';
import { rangeOf } from '../../ranges.js';
import { addAfter } from '../../fix-builders.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

/** The members after which an ethos line reads naturally. */
const METADATA = new Set(['ShortTitle', 'Year', 'Extent', 'Status', 'Sponsor', 'Version', 'Amends', 'Purpose']);

export const missingEthos: Rule = {
    meta: {
        id: 'ethos/missing-ethos',
        pack: 'ethos',
        shift: 'ethos',
        defaultSeverity: 'warning',
        description: 'An act, bill, policy or programme states no ethos: the shared purpose it serves.',
        rationale: 'New Local found that community power grows where people, professionals and practice coalesce around a '
            + 'shared purpose, and withers where targets stand in for one. A draft that never says what it is for leaves '
            + 'its success to be defined by whatever can be counted.',
        sources: [Sources.communityPower('Second shift: from public-management metrics to a shared ethos.')],
        fix: 'Adds an ethos line after the metadata, for the drafter to write.',
        examples: {
            bad: [{ code: 'policy "Local Improvement Programme" {\n  section 1 { "The council must publish a plan." }\n}' }],
            good: [{ code: 'policy "Local Improvement Programme" {\n  ethos "Neighbourhoods shape their own improvement, with the council as a partner."\n  section 1 { "The council must publish a plan." }\n}' }]
        },
        messages: {
            'no-ethos': 'This {{kind}} states no ethos, so nothing says what its success should serve beyond what can be counted. '
                + 'Add one after the metadata, for example: ethos "Communities know their places best; public bodies work with them as equal partners."'
        }
    },
    create(context) {
        return {
            Instrument(instrument: Instrument) {
                if (instrument.kind === 'amendment' || instrument.members.some((member) => member.$type === 'Ethos')) return;
                const anchor = [...instrument.members].reverse().find((member) => METADATA.has(member.$type));
                context.report({
                    node: instrument,
                    range: rangeOf(instrument, 'title'),
                    messageId: 'no-ethos',
                    data: { kind: instrument.kind },
                    fixes: anchor ? [addAfter(context, anchor, 'ethos "State the shared purpose this serves, in the words of the people it serves"', 'Add an ethos statement to complete')] : []
                });
            }
        };
    }
};
