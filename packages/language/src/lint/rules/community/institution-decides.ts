import { GrammarUtils, type AstNode } from 'langium';
import type { Participation } from '../../../generated/ast.js';
import { analyseProse } from '../../../prose/index.js';
import { sectionGivesCommunityControl } from '../../community-checks.js';
import { judgeInstitutionLed } from '../../judgements.js';
import { namesOf, sideOf, sideOfRef } from '../../parties.js';
import { isJudgedProse } from '../../prose-findings.js';
import { fragmentRange } from '../../prose-spans.js';
import { rangeOf } from '../../ranges.js';
import { addAfter, communityParty } from '../../fix-builders.js';
import type { Fix, Rule, RuleContext } from '../../rule.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { Sources } from '../../sources.js';
import { fillJudgement } from '../../judgement-messages.js';

/** Rungs at which the community takes part but the decision stays elsewhere. */
const ADVISORY_LEVELS = new Set(['inform', 'consult', 'involve']);

const INSTITUTION_REASONS = {
    decision: 'leaves the decision ("{{words}}") with {{actor}}',
    consultation: 'lets {{actor}} seek people\'s views or involvement ("{{words}}") while keeping the decision',
    targets: 'gives {{actor}} the targets ("{{words}}") by which success is judged',
    'rule-making': 'lets {{actor}} decide the matter by regulations or order',
    discretion: 'leaves it to {{actor}} to judge what is appropriate ("{{words}}")',
    'voice-only': 'lets people only comment or be told ("{{words}}") while {{actor}} decides',
    'not-bound': 'lets {{actor}} set aside what the community says ("{{words}}")'
};

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
        fix: 'Raises a participation level to collaborate, or adds a participation provision that shares the decision with a community body, for the drafter to confirm.',
        examples: {
            bad: [
                { code: 'section 1 {\n  participation HaveYourSay {\n    participants residents\n    level consult\n    decided by minister\n  }\n}' },
                { code: 'section 1 {\n  "The council decides, having heard from residents, whether the park is sold."\n}' }
            ],
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
                        + 'Give the decision to a community body (decided by forum), or share it (level collaborate), and say how.',
                    fixes: raiseLevel(participation)
                });
            },
            prose(fragment) {
                if (!isJudgedProse(fragment)) return;
                // The reading first: most clauses are not institution-led, and the checks of the
                // section around them and of who acts cost more than a cached reading.
                const judgement = judgeInstitutionLed(analyseProse(fragment.text));
                if (!judgement || sectionGivesCommunityControl(fragment.node) || citesOversight(context, fragment)) return;
                context.report({
                    node: fragment.node,
                    range: fragmentRange(context.document, fragment, judgement.span),
                    message: `This clause ${fillJudgement(INSTITUTION_REASONS, judgement)}, and the community has at most a say. `
                        + 'Give the decision to a community body, or share it with one, and say how their decision binds.',
                    fixes: shareDecision(context, fragment.node)
                });
            }
        };
    }
};

/**
 * Whether the clause's acting party is a tribunal, court or watchdog declared as such: they
 * protect rights rather than hold power (corpus convention), so their decisions are not institution-led.
 */
function citesOversight(context: RuleContext, fragment: ProseFragment): boolean {
    const prose = context.services.references.ProseReferences;
    const first = prose.referencesIn(context.document).find((reference) => reference.container === fragment.node);
    const target = first && prose.resolve(first, context.document);
    if (target?.kind !== 'declaration') return false;
    const node = target.description.node;
    return node !== undefined && node.$type === 'Actor' && sideOf(node as Parameters<typeof sideOf>[0]) === 'oversight';
}

/** Raise the level to collaborate: the decision is then shared, which the drafter confirms. */
function raiseLevel(participation: Participation): Fix[] {
    const level = participation.$cstNode && GrammarUtils.findNodeForProperty(participation.$cstNode, 'levels');
    return level ? [{ title: 'Share the decision: raise the level to collaborate', needsReview: true, edits: [{ range: level.range, newText: 'collaborate' }] }] : [];
}

/** Add a participation provision after the clause that shares the decision with a community body the draft declares. */
function shareDecision(context: RuleContext, clause: AstNode): Fix[] {
    const community = communityParty(context);
    if (!community) return [];
    return [addAfter(context, clause, `participation SharedDecision { level collaborate decided by ${community} }`,
        `Share this decision with ${community} (adds a participation provision to complete)`)];
}
