import type { ValidationChecks } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { CommonsAstType } from '../generated/ast.js';
import { checkDuplicateDeclarations } from './declarations.js';
import { guarded } from './guard.js';
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
    // Each check is guarded on its own: one that throws becomes a commons/internal-error finding
    // naming it, and every other check still runs (guard.ts).
    const checks: ValidationChecks<CommonsAstType> = {
        Document: [
            guarded('imports', checkImports(services)),
            guarded('bracketed references', checkProseReferences(services)),
            guarded('repeated names', checkDuplicateDeclarations(services)),
            guarded('numbering', checkNumberSequences),
            guarded('numbering across files', checkNumbersAcrossFiles(services)),
            guarded('lint', checkLint(services))
        ],
        Instrument: [guarded('repeated details', checkRepeatedMetadata), guarded('commencement and sunset dates', checkLifecycleDates)],
        Part: guarded('part numbers', checkUnitNumberFormat),
        Chapter: guarded('chapter numbers', checkUnitNumberFormat),
        Section: [guarded('section numbers', checkUnitNumberFormat), guarded('clause markers', checkClauseMarkers)],
        Schedule: guarded('schedule numbers', checkUnitNumberFormat),
        SchedulePart: guarded('schedule part numbers', checkUnitNumberFormat),
        ScheduleParagraph: [guarded('paragraph numbers', checkUnitNumberFormat), guarded('clause markers', checkClauseMarkers)],
        Clause: guarded('clause markers', checkClauseMarkers),
        Right: guarded('right holders', checkRightHasHolder),
        Money: guarded('amounts of money', checkMoney),
        Duration: guarded('lengths of time', checkDuration),
        Amount: guarded('periods of payment', checkRecurrence),
        Allocation: guarded('periods of payment', checkRecurrence),
        Share: guarded('shares of a budget', checkShare),
        Year: guarded('years', checkYear),
        Commencement: guarded('dates', checkDate),
        Sunset: guarded('dates', checkDate),
        Deadline: guarded('dates', checkDate)
    };
    services.validation.ValidationRegistry.register(checks);
}
