import type { AstNode } from 'langium';
import {
    isBudget, isCommencement, isDuty, isEvaluation, isFund, isMeasure, isParticipation, isPower, isRight, isSunset,
    type Budget, type Duty, type Evaluation, type Fund, type Measure, type Participation, type Power, type Provision, type Right
} from '../generated/ast.js';

/** Provisions a drafter names so that prose and other tools can point at them. */
export type NamedProvision = Right | Duty | Power | Participation | Budget | Fund | Measure | Evaluation;

export function isNamedProvision(node: AstNode): node is NamedProvision & { name: string } {
    const named = isRight(node) || isDuty(node) || isPower(node) || isParticipation(node) || isBudget(node)
        || isFund(node) || isMeasure(node) || isEvaluation(node);
    return named && typeof (node as NamedProvision).name === 'string' && (node as NamedProvision).name!.length > 0;
}

/** The word a drafter would use for a provision: "right", "devolved budget", ... */
export function provisionKindLabel(node: Provision): string {
    if (isRight(node)) return 'right';
    if (isDuty(node)) return 'duty';
    if (isPower(node)) return 'power';
    if (isParticipation(node)) return 'participation';
    if (isBudget(node)) return 'budget';
    if (isFund(node)) return 'fund';
    if (isMeasure(node)) return `${node.kind} measure`;
    if (isEvaluation(node)) return 'evaluation';
    if (isCommencement(node)) return 'commencement';
    if (isSunset(node)) return 'sunset';
    return 'review';
}
