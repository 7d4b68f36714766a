import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { isParticipation, isScheduleParagraph, isSection, type Participation } from '../../../generated/ast.js';
import { someDescendant } from '../../../syntax/ast-walk.js';
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
        fix: 'Raises a participation level to collaborate, or adds a participation provision that shares the decision with a community body, for the drafter to confirm.',
        examples: {
            bad: [
                { code: 'section 1 {\n  participation HaveYourSay {\n    participants residents\n    level consult\n    decided by minister\n  }\n}' },
                { code: 'section 1 {\n  "The council decides, having heard from residents, whether the park is sold."\n}' }
            ],
            good: [{ code: 'section 1 {\n  participation Priorities {\n    participants residents\n    level community-control\n    method citizens-assembly\n    decided by forum\n  }\n}' }]
        },
        messages: {
            // A participation provision, by its level.
            informed: 'The decision rests with {{deciders}}, while the part given to {{participants}} is only to be kept informed. '
                + 'Give the decision to a community body (decided by forum), or share it (level collaborate) and say how the shared decision is made.',
            consulted: 'The decision rests with {{deciders}}, while the part given to {{participants}} is only to be consulted. '
                + 'Give the decision to a community body (decided by forum), or share it (level collaborate) and say how the shared decision is made.',
            involved: 'The decision rests with {{deciders}}, while the part given to {{participants}} is only to be involved. '
                + 'Give the decision to a community body (decided by forum), or share it (level collaborate) and say how the shared decision is made.',
            'no-level': 'The decision rests with {{deciders}}, and the part given to {{participants}} is not stated. '
                + 'Give the decision to a community body (decided by forum), or share it (level collaborate) and say how the shared decision is made.',
            // A clause, by what the prose judgement found (lint/judgements.ts, judgeInstitutionLed).
            decision: 'This clause leaves the decision ("{{words}}") with {{actor}}, and the community has at most a say. '
                + 'Give the decision to a community body, or share it with one, and say how their decision binds.',
            consultation: 'This clause lets {{actor}} seek people\'s views ("{{words}}") but keep the decision. Asking people is not sharing power: '
                + 'give the decision to a community body, or share it with one, and say how their decision binds.',
            targets: 'This clause makes {{actor}} the one who sets, or answers for, the targets ("{{words}}") by which success is judged, and the community has at most a say. '
                + 'Let a community body set the targets, or agree them with one.',
            'participation-as-output': 'This clause counts the duty of {{actor}} to involve people ("{{words}}") as met once something is produced or held, so the decision stays with {{actor}}. '
                + 'Say what the community decides, or how the shared decision is made, and judge the duty by that rather than by what was produced.',
            'rule-making': 'This clause lets {{actor}} decide the matter by regulations or order, and the community has at most a say. '
                + 'Require the consent of the communities affected before regulations are made, or leave the matter to a community body.',
            discretion: 'This clause leaves it to {{actor}} to judge what is appropriate ("{{words}}"), and the community has at most a say. '
                + 'Say what the community decides, or set out the test to be applied and how the community can challenge the judgement.',
            'voice-only': 'This clause lets the community only comment, be heard or be told ("{{words}}") while {{actor}} decides. '
                + 'Having a say is not sharing the decision: give the decision to a community body, or share it with one, and say how their decision binds.',
            'not-bound': 'This clause lets {{actor}} set aside what the community says ("{{words}}"). '
                + 'Make the community\'s decision binding, or require reasons and a right of appeal whenever it is not followed.'
        }
    },
    create(context) {
        return {
            Participation(participation: Participation) {
                if (!keepsDecision(participation)) return;
                const level = participation.levels[0];
                const participants = participation.participants.length > 0 ? namesOf(participation.participants) : 'the community';
                context.report({
                    node: participation,
                    range: rangeOf(participation),
                    messageId: level === 'inform' ? 'informed' : level === 'consult' ? 'consulted' : level === 'involve' ? 'involved' : 'no-level',
                    data: { deciders: namesOf(participation.deciders), participants },
                    fixes: raiseLevel(participation)
                });
            },
            prose(fragment) {
                if (!isJudgedProse(fragment)) return;
                // The reading first: most clauses are not institution-led, and the checks of the
                // section around them and of who acts cost more than a cached reading.
                const judgement = judgeInstitutionLed(analyseProse(fragment.text));
                if (!judgement || sectionGivesCommunityControl(fragment.node) || citesOversight(context, fragment)) return;
                // The same decision written in prose and in a participation provision is one finding, the provision's.
                if (sectionHasStructuredFinding(fragment.node)) return;
                context.report({
                    node: fragment.node,
                    range: fragmentRange(context.document, fragment, judgement.span),
                    messageId: judgement.messageId,
                    data: judgement.data,
                    fixes: shareDecision(context, fragment.node)
                });
            }
        };
    }
};

/** A participation provision that leaves the decision with an institution while people are at most involved. */
function keepsDecision(participation: Participation): boolean {
    if (participation.deciders.length === 0 || participation.deciders.some((ref) => sideOfRef(ref) === 'community')) return false;
    return participation.levels.length === 0 || participation.levels.every((level) => ADVISORY_LEVELS.has(level));
}

function sectionHasStructuredFinding(node: AstNode): boolean {
    const unit = AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => isSection(candidate) || isScheduleParagraph(candidate));
    return unit !== undefined && someDescendant(unit, (candidate) => isParticipation(candidate) && keepsDecision(candidate));
}

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
    return [addAfter(context, clause, `participation SharedDecision { participants ${community} level collaborate decided by ${community} }`,
        `Share this decision with ${community} (adds a participation provision: write which decision it covers)`)];
}
