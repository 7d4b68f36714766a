import { describe, expect, it } from 'vitest';
import { restatesCondition, splitTrailingCondition, withoutLabelAsides } from '../../packages/language/src/summary/rewrite.js';

describe('rewriting a hard sentence of a clause', () => {
    it('drops brackets that only label what they follow, and keeps those that say something', () => {
        expect(withoutLabelAsides('Every housing authority must have a scheme (their “allocation scheme”) for determining priorities.'))
            .toBe('Every housing authority must have a scheme for determining priorities.');
        expect(withoutLabelAsides('The period in subsection (2) may be extended (by up to 6 months).')).toBe('The period in subsection (2) may be extended (by up to 6 months).');
        expect(withoutLabelAsides('The owner (unless exempt) must give notice.')).toBe('The owner (unless exempt) must give notice.');
    });

    it('states a closing condition as a sentence of its own, in the draft\'s own word', () => {
        expect(splitTrailingCondition('The provider must agree to the proposal unless it has reasonable grounds for refusing it.'))
            .toEqual(['The provider must agree to the proposal', 'This applies unless it has reasonable grounds for refusing it.']);
        expect(splitTrailingCondition('The council may spend the fund on repairs, if the assembly agrees to it.'))
            .toEqual(['The council may spend the fund on repairs', 'This applies only if the assembly agrees to it.']);
        expect(restatesCondition('This applies unless it has reasonable grounds for refusing it.')).toBe(true);
    });

    it('leaves a condition set inside the sentence, one before the modal, and one too short to stand alone', () => {
        const inside = 'The provider must decide within 3 months and, where it agrees, must settle the terms with the body.';
        expect(splitTrailingCondition(inside)).toEqual([inside]);
        const before = 'Unless the forum objects, the council must hold a meeting.';
        expect(splitTrailingCondition(before)).toEqual([before]);
        const short = 'The council must act unless told.';
        expect(splitTrailingCondition(short)).toEqual([short]);
    });
});
