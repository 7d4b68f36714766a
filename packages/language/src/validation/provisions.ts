import type { ValidationAcceptor } from 'langium';
import type { Right } from '../generated/ast.js';
import { IssueCodes } from './codes.js';

/** A right that names no holder gives nobody anything to rely on. */
export function checkRightHasHolder(right: Right, accept: ValidationAcceptor): void {
    if (right.holders.length > 0) return;
    accept('error', `The right ${right.name} does not say who holds it. Add a holder, for example: holder [community body].`,
        { node: right, property: 'name', code: IssueCodes.RightWithoutHolder });
}
