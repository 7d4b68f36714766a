import type { ProseFragment } from '../references/prose-fragments.js';

/**
 * Prose the four-shift readings judge: the words of clauses and the free text attached to a
 * provision. The structured fields of a provision (a measure's description, a duty's action)
 * are judged through the structure itself, so they are not read twice.
 */
const JUDGED_PROPERTIES: Readonly<Record<string, ReadonlySet<string>>> = {
    Clause: new Set(['text', 'closingWords']),
    Prose: new Set(['text'])
};
const PROVISION_PROSE = new Set(['text', 'notes']);

export function isJudgedProse(fragment: ProseFragment): boolean {
    const judged = JUDGED_PROPERTIES[fragment.node.$type];
    return judged ? judged.has(fragment.property) : PROVISION_PROSE.has(fragment.property);
}
