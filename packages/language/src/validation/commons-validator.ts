import type { ValidationChecks } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { CommonsAstType } from '../generated/ast.js';
import { checkDuplicateDeclarations } from './declarations.js';
import { checkImports } from './imports.js';
import { checkLint } from './lint.js';
import { checkRepeatedMetadata } from './metadata.js';
import { checkClauseMarkers, checkNumberSequences, checkNumbersAcrossFiles, checkUnitNumberFormat } from './numbering.js';
import { checkRightHasHolder } from './provisions.js';
import { checkProseReferences } from './references.js';
import { checkDate, checkDuration, checkLifecycleDates, checkMoney, checkRecurrence, checkShare, checkYear } from './values.js';

/**
 * Registers the language-level checks: whether a draft is well formed and its references
 * resolve. Judgements about community power (the four shifts) are lint rules, not these checks.
 */
export function registerValidationChecks(services: CommonsServices): void {
    const checks: ValidationChecks<CommonsAstType> = {
        Document: [
            checkImports(services),
            checkProseReferences(services),
            checkDuplicateDeclarations(services),
            checkNumberSequences,
            checkNumbersAcrossFiles(services),
            checkLint(services)
        ],
        Instrument: [checkRepeatedMetadata, checkLifecycleDates],
        Part: checkUnitNumberFormat,
        Chapter: checkUnitNumberFormat,
        Section: [checkUnitNumberFormat, checkClauseMarkers],
        Schedule: checkUnitNumberFormat,
        SchedulePart: checkUnitNumberFormat,
        ScheduleParagraph: [checkUnitNumberFormat, checkClauseMarkers],
        Clause: checkClauseMarkers,
        Right: checkRightHasHolder,
        Money: checkMoney,
        Duration: checkDuration,
        Amount: checkRecurrence,
        Allocation: checkRecurrence,
        Share: checkShare,
        Year: checkYear,
        Commencement: checkDate,
        Sunset: checkDate,
        Deadline: checkDate
    };
    services.validation.ValidationRegistry.register(checks);
}
