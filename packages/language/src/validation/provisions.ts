import type { ValidationAcceptor } from 'langium';
import type { Right } from '../generated/ast.js';
import { IssueCodes } from './codes.js';

/** A right that names no holder gives nobody anything to rely on. */
export function checkRightHasHolder(right: Right, accept: ValidationAcceptor): void {
    if (right.holders.length > 0) return;
    accept('error', `${right.name ? `The right ${right.name}` : 'This right'} does not say who holds it. Add a holder, for example: holder [community body].`,
        { node: right, ...(right.name ? { property: 'name' as const } : {}), code: IssueCodes.RightWithoutHolder });
}
