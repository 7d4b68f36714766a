import type { Rule } from '../rule.js';
import { allocationWithoutRecipient } from './budget/allocation-without-recipient.js';
import { allocationsExceedTotal } from './budget/allocations-exceed-total.js';
import { mismatchedUnits } from './budget/mismatched-units.js';
import { sharesNot100 } from './budget/shares-not-100.js';
import { budgetWithoutCommunityControl } from './community/budget-without-community-control.js';
import { consultOnly } from './community/consult-only.js';
import { institutionDecides } from './community/institution-decides.js';
import { outsourcingDefault } from './community/outsourcing-default.js';
import { rightWithoutRemedy } from './community/right-without-remedy.js';
import { uncheckedCentralPower } from './community/unchecked-central-power.js';
import { budgetNotDevolved } from './completeness/budget-not-devolved.js';
import { communityPowerActGoals } from './completeness/community-power-act-goals.js';
import { treasuryWellbeing } from './completeness/treasury-wellbeing.js';
import { danglingCrossReference } from './drafting/dangling-cross-reference.js';
import { genderedPronoun } from './drafting/gendered-pronoun.js';
import { longSentence } from './drafting/long-sentence.js';
import { passiveDuty } from './drafting/passive-duty.js';
import { shall } from './drafting/shall.js';
import { undefinedTerm } from './drafting/undefined-term.js';
import { unfinishedParticipation } from './drafting/unfinished-participation.js';
import { unusedDefinition } from './drafting/unused-definition.js';
import { centralTargets } from './ethos/central-targets.js';
import { metricsOnlySuccess } from './ethos/metrics-only-success.js';
import { missingEthos } from './ethos/missing-ethos.js';
import { evidenceParadox } from './outcomes/evidence-paradox.js';
import { outputCounting } from './outcomes/output-counting.js';
import { shortHorizon } from './outcomes/short-horizon.js';
import { centrallySpecifiedForm } from './pluralist/centrally-specified-form.js';
import { uniformModel } from './pluralist/uniform-model.js';
import { reasonRequired } from './waivers/reason-required.js';
import { unknownRule } from './waivers/unknown-rule.js';
import { unused } from './waivers/unused.js';

/** Every rule Commons knows, in documentation order. */
export const ALL_RULES: readonly Rule[] = [
    institutionDecides,
    consultOnly,
    budgetWithoutCommunityControl,
    uncheckedCentralPower,
    outsourcingDefault,
    rightWithoutRemedy,
    metricsOnlySuccess,
    centralTargets,
    missingEthos,
    outputCounting,
    shortHorizon,
    evidenceParadox,
    uniformModel,
    centrallySpecifiedForm,
    communityPowerActGoals,
    budgetNotDevolved,
    treasuryWellbeing,
    allocationsExceedTotal,
    sharesNot100,
    mismatchedUnits,
    allocationWithoutRecipient,
    unusedDefinition,
    unfinishedParticipation,
    shall,
    genderedPronoun,
    longSentence,
    passiveDuty,
    danglingCrossReference,
    undefinedTerm,
    reasonRequired,
    unknownRule,
    unused
];
