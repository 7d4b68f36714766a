import { AstUtils, type AstNode } from 'langium';
import { someDescendant } from '../syntax/ast-walk.js';
import { isBudget, isParticipation, isPower, isRight, isScheduleParagraph, isSection } from '../generated/ast.js';
import { sideOfRef } from './parties.js';

/**
 * Whether the section (or schedule paragraph) around a node gives the community a binding
 * check on what institutions do there: a community right with an appeal or enforcement, a power
 * that needs community consent, a decision shared with or delegated to a community body, or a
 * budget devolved to one. An institution "deciding" inside such a section is a duty-bearer whose
 * decision the community can challenge or has already made, not the holder of power.
 */
export function sectionGivesCommunityControl(node: AstNode): boolean {
    const unit = AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => isSection(candidate) || isScheduleParagraph(candidate));
    if (!unit) return false;
    return someDescendant(unit, (candidate) => {
        if (isRight(candidate)) return candidate.holders.some((ref) => sideOfRef(ref) === 'community') && (candidate.appeals.length + candidate.enforcements.length) > 0;
        if (isPower(candidate)) return candidate.consenters.some((ref) => sideOfRef(ref) === 'community');
        if (isParticipation(candidate)) {
            return candidate.levels.some((level) => level === 'collaborate' || level === 'delegate' || level === 'community-control')
                && candidate.deciders.some((ref) => sideOfRef(ref) === 'community');
        }
        if (isBudget(candidate)) return candidate.devolvedTo.some((ref) => sideOfRef(ref) === 'community');
        return false;
    });
}
