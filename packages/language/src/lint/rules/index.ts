import type { Rule } from '../rule.js';
import { allocationWithoutRecipient } from './budget/allocation-without-recipient.js';
import { allocationsExceedTotal } from './budget/allocations-exceed-total.js';
import { mismatchedUnits } from './budget/mismatched-units.js';
import { sharesNot100 } from './budget/shares-not-100.js';

/** Every rule Commons knows, in documentation order. */
export const ALL_RULES: readonly Rule[] = [
    allocationsExceedTotal,
    sharesNot100,
    mismatchedUnits,
    allocationWithoutRecipient
];
