import { analyseProse, type LexiconMatch, type ProseAnalysis } from '../../../prose/index.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { fragmentRange, quoted } from '../../prose-spans.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

type UniformMatch = LexiconMatch<'uniformity'>;

/**
 * How strongly a phrase of the uniformity lexicon imposes one model. A named model or template
 * ("one standard model", "national template") does so on its own. Phrases about reach ("in every
 * area", "nationwide"), spreading ("rolled out", "scaled up") or sameness ("the same approach")
 * are ordinary words alone, and only impose a model in company: "rolled out in every area".
 * Forms set by someone ("in the form specified by") are pluralist/centrally-specified-form's.
 */
type Strength = 'model' | 'reach' | 'spread' | 'sameness' | 'form';

const REACH = new Set(['in every area', 'every area', 'all areas', 'across all areas', 'across the country', 'nationwide', 'consistently across', 'consistent across all']);
const SPREAD = new Set(['roll out', 'rolled out', 'roll-out', 'rollout', 'scale up', 'scaled up', 'at scale', 'replicate', 'replicated']);

function strengthOf(match: UniformMatch): Strength {
    const phrase = match.entry.phrase;
    if (/\bform\b/.test(phrase)) return 'form';
    if (REACH.has(phrase)) return 'reach';
    if (SPREAD.has(phrase)) return 'spread';
    // "the same scheme" names one scheme; "in the same way" is everyday legal English.
    if (phrase.startsWith('the same') && /\b(?:way|approach)$/i.test(match.text)) return 'sameness';
    return 'model';
}

/** The phrases of one sentence that, together, impose one model on every place; empty when they do not. */
function uniformPhrasesIn(analysis: ProseAnalysis, sentence: number): UniformMatch[] {
    const live = analysis.matches('uniformity', 'uniform')
        .filter((match) => match.sentence === sentence && !match.negated && strengthOf(match) !== 'form');
    const kinds = new Set(live.map(strengthOf));
    const imposes = kinds.has('model') || kinds.size >= 2;
    return imposes ? live : [];
}

/** Phrases in the clause that expect places to differ: "to suit local circumstances", "designed locally". */
function localVariationIn(analysis: ProseAnalysis): number {
    return analysis.matches('uniformity', 'local-variation').filter((match) => !match.negated).length;
}

export const uniformModel: Rule = {
    meta: {
        id: 'pluralist/uniform-model',
        pack: 'pluralist',
        shift: 'pluralist',
        defaultSeverity: 'error',
        description: 'Prose imposes one standard model, template or scheme on every area.',
        rationale: 'Community power is plural, small-scale and rooted in local context, yet policy keeps reaching for one '
            + 'model that can be rolled out everywhere. New Local\'s first shift asks for practice that grows from the '
            + 'people, place and circumstances of each area. A clause that fixes one design at the centre takes that '
            + 'choice away before any community has been asked. A clause that also expects local variation is not '
            + 'flagged unless the single model still outweighs it, and a refusal ("Nothing in this Act requires a single '
            + 'model") is never flagged.',
        sources: [
            Sources.communityPower('First shift: from one uniform model rolled out everywhere to pluralist practice rooted in people, place and circumstance.'),
            Sources.communityPower('The evidence paradox: community power is plural and local, but policy seeks uniform, scalable models.')
        ],
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "One standard model of neighbourhood support is to be rolled out in every area."\n}' },
                { code: 'section 1 {\n  (1) "Each [council] must run the same scheme in all areas, using the national template."\n}' }
            ],
            good: [
                {
                    code: 'section 1 {\n  (1) "Nothing in this Act requires a single model to be used everywhere; each area is to design its own arrangements to suit local circumstances."\n}',
                    note: 'A refusal of uniformity, and an expectation of local design.'
                }
            ]
        },
        messages: {
            // {{phrases}} lists the phrases that impose the model, each in quotation marks.
            'one-model': 'This imposes one model on every area ({{phrases}}). '
                + 'Community power grows from practice that fits each place and the people who live there; a design fixed once '
                + 'at the centre and rolled out everywhere takes that choice away from them. Say what must be achieved and let '
                + 'each area design how, with its residents: for example "each area is to design its own arrangements to suit local circumstances".'
        }
    },
    create(context) {
        const { document } = context;
        const checkFragment = (fragment: ProseFragment) => {
            const analysis = analyseProse(fragment.text);
            const expectsVariation = localVariationIn(analysis);
            analysis.sentences.forEach((_, sentence) => {
                const phrases = uniformPhrasesIn(analysis, sentence);
                // Local variation in the same clause wins unless the single model outweighs it.
                if (phrases.length === 0 || phrases.length <= expectsVariation) return;
                context.report({
                    node: fragment.node,
                    range: fragmentRange(document, fragment, { start: phrases[0].span.start, end: phrases.at(-1)!.span.end }),
                    messageId: 'one-model',
                    data: { phrases: phrases.map((match) => quoted(match.text)).join(', ') }
                });
            });
        };
        return { prose: checkFragment };
    }
};
