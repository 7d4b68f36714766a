import { describe, expect, it } from 'vitest';
import { restatesCondition, splitAtClauses, splitTrailingCondition, withoutLabelAsides, withoutListLabel, withoutPointerAsides } from '../../packages/language/src/summary/rewrite.js';
import { PLAIN_WORD_LIST } from '../../packages/language/src/summary/plain-words.js';

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

    it('splits a long sentence where a second statement starts, keeping every word of the draft but the joint', () => {
        expect(splitAtClauses('The Commissioner must report each year to Parliament on how the rights are working, drawing mainly on lived experience evidence.'))
            .toEqual(['The Commissioner must report each year to Parliament on how the rights are working', 'This draws mainly on lived experience evidence.']);
        expect(splitAtClauses('The Commissioner may give the authority a notice to put the failure right, and the notice may be enforced as an order of the court.'))
            .toEqual(['The Commissioner may give the authority a notice to put the failure right', 'The notice may be enforced as an order of the court.']);
        // "which" as the object of what follows is not a new statement.
        const object = 'The authority may propose different boundaries for the area, which it must then agree with the applicants.';
        expect(splitAtClauses(object)).toEqual([object]);
    });

    it('drops the draft\'s list labels at the start and pointers in brackets, and nothing else', () => {
        expect(withoutListLabel('(iii) information technology management')).toBe('Information technology management');
        expect(withoutListLabel('and (B) goals for management improvements')).toBe('Goals for management improvements');
        expect(withoutListLabel('The period in subsection (2) may be extended.')).toBe('The period in subsection (2) may be extended.');
        expect(withoutPointerAsides('A majority of the board is chosen by assemblies (see Schedule 1, paragraph 2(2)).')).toBe('A majority of the board is chosen by assemblies.');
    });

    it('keeps plain words as data with a reason for every entry, none touching a modal or a negation', () => {
        for (const entry of PLAIN_WORD_LIST) {
            expect(entry.why.length, entry.legal).toBeGreaterThan(3);
            expect(entry.legal, entry.legal).not.toMatch(/\b(must|may|shall|required|unless|if)\b/i);
            expect(entry.plain, entry.legal).not.toMatch(/\b(must|may|shall|required|not|no|never|unless|if)\b/i);
        }
    });
});
