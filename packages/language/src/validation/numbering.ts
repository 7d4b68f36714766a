import { AstUtils, UriUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { descendantsOf } from '../syntax/ast-walk.js';
import type { CommonsServices } from '../commons-module.js';
import {
    isClause, isPart, isSchedule, isScheduleParagraph, isSchedulePart, isSection,
    type Chapter, type Clause, type Document, type Part, type Schedule, type ScheduleParagraph, type SchedulePart, type Section
} from '../generated/ast.js';
import { citationOf, type CitableUnit } from '../structure/citations.js';
import {
    compareOrdinals, isWellFormedUnitNumber, markerLabel, markerOrdinal, markerStyleOf, unitNumberOrdinal
} from '../structure/numbering.js';
import { IssueCodes } from './codes.js';

type NumberedUnit = Part | Chapter | Section | Schedule | SchedulePart | ScheduleParagraph;

const UNIT_WORD: Record<NumberedUnit['$type'], string> = {
    Part: 'Part', Chapter: 'Chapter', Section: 'section', Schedule: 'Schedule', SchedulePart: 'Part', ScheduleParagraph: 'paragraph'
};

function unitWord(unit: NumberedUnit): string {
    return isSection(unit) ? unit.unit : UNIT_WORD[unit.$type];
}

/** Part, chapter, section, schedule and paragraph numbers: whole numbers, with a capital for an insertion (12A). */
export function checkUnitNumberFormat(unit: NumberedUnit, accept: ValidationAcceptor): void {
    if (unit.number === undefined || isWellFormedUnitNumber(unit.number)) return;
    accept('error', `"${unit.number}" is not a ${unitWord(unit)} number. Use a whole number, with a capital letter `
        + `for a provision inserted later (for example 12A).`, { node: unit, property: 'number', code: IssueCodes.MalformedNumber });
}

/**
 * Numbers run in order and are unique: parts and schedules within a draft, chapters within a
 * part, sections through the whole draft (as in UK Acts), paragraphs through a schedule.
 */
export function checkNumberSequences(root: Document, accept: ValidationAcceptor): void {
    const all = descendantsOf(root);
    checkSequence(all.filter((n): n is Section => isSection(n)), accept);
    checkSequence(all.filter((n): n is Part => isPart(n)), accept);
    checkSequence(all.filter((n): n is Schedule => isSchedule(n) && n.number !== undefined), accept);
    for (const part of all.filter(isPart)) {
        checkSequence(part.members.filter((m): m is Chapter => m.$type === 'Chapter'), accept);
    }
    for (const schedule of all.filter(isSchedule)) {
        const inSchedule = descendantsOf(schedule);
        checkSequence(inSchedule.filter(isSchedulePart), accept);
        checkSequence(inSchedule.filter(isScheduleParagraph), accept);
    }
}

function checkSequence(units: NumberedUnit[], accept: ValidationAcceptor): void {
    const seen = new Map<string, NumberedUnit>();
    let previous: string | undefined;
    for (const unit of units) {
        const number = unit.number;
        if (number === undefined || !isWellFormedUnitNumber(number)) continue;
        const word = unitWord(unit);
        const first = seen.get(number);
        if (first) {
            accept('error', `There is already a ${word} ${number} (line ${line(first)}). Renumber one of them.`,
                { node: unit, property: 'number', code: IssueCodes.DuplicateNumber });
        } else if (previous && compareOrdinals(unitNumberOrdinal(number), unitNumberOrdinal(previous)) < 0) {
            accept('warning', `${capitalise(word)} ${number} comes after ${word} ${previous}. Put them in order or renumber them.`,
                { node: unit, property: 'number', code: IssueCodes.NumberOutOfOrder });
        }
        seen.set(number, unit);
        previous = number;
    }
}

/** Clause markers at one level share a style, run in order and are unique: (1) (2) (2A) (3). */
export function checkClauseMarkers(host: Section | ScheduleParagraph | Clause, accept: ValidationAcceptor): void {
    const clauses = host.items.filter(isClause);
    if (clauses.length === 0) return;
    const labels = clauses.map((clause) => markerLabel(clause.marker));
    const style = markerStyleOf(labels);
    const where = describeHost(host);
    if (style === 'mixed') {
        const odd = clauses.find((_clause, index) => index > 0 && markerStyleOf([labels[0], labels[index]]) === 'mixed')!;
        accept('warning', `${odd.marker} is numbered differently from ${clauses[0].marker} at the same level in ${where}. `
            + `Put lettered paragraphs inside their subsection with braces, for example (2) "..." { (a) "..." }.`,
            { node: odd, property: 'marker', code: IssueCodes.MixedMarkers });
        return;
    }
    const seen = new Map<string, Clause>();
    let previous: Clause | undefined;
    for (const clause of clauses) {
        const label = markerLabel(clause.marker);
        if (seen.has(label)) {
            accept('error', `${capitalise(where)} already has a ${clause.marker} (line ${line(seen.get(label)!)}). Renumber one of them.`,
                { node: clause, property: 'marker', code: IssueCodes.DuplicateNumber });
        } else if (previous && compareOrdinals(markerOrdinal(label, style), markerOrdinal(markerLabel(previous.marker), style)) < 0) {
            accept('warning', `${clause.marker} comes after ${previous.marker} in ${where}. Put them in order or renumber them.`,
                { node: clause, property: 'marker', code: IssueCodes.NumberOutOfOrder });
        }
        seen.set(label, clause);
        previous = clause;
    }
}

/**
 * The same number used in two files of one draft, such as a Schedule 1 in the main file and
 * another in its own file.
 */
export function checkNumbersAcrossFiles(services: CommonsServices) {
    const proseReferences = services.references.ProseReferences;
    return (root: Document, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(root);
        const clashes = new Map<CitableUnit, CitableUnit>();
        for (const [, units] of proseReferences.visibleCitations(document)) {
            const elsewhere = units.find((unit) => AstUtils.getDocument(unit) !== document);
            if (!elsewhere || isClause(units[0])) continue;
            units.filter((unit) => AstUtils.getDocument(unit) === document).forEach((unit) => clashes.set(unit, elsewhere));
        }
        for (const [unit, elsewhere] of clashes) {
            // A clash of Schedule 1 makes its paragraphs clash too; report only the outermost.
            if (hasAncestorIn(unit, clashes)) continue;
            accept('error', `${capitalise(citationOf(unit) ?? 'This provision')} is also numbered in `
                + `${UriUtils.basename(AstUtils.getDocument(elsewhere).uri)} (line ${line(elsewhere)}). Renumber one of them.`,
                { node: unit, property: 'number', code: IssueCodes.DuplicateNumber });
        }
    };
}

function hasAncestorIn(node: AstNode, set: Map<CitableUnit, unknown>): boolean {
    for (let current = node.$container; current; current = current.$container) {
        if (set.has(current as CitableUnit)) return true;
    }
    return false;
}

function describeHost(host: Section | ScheduleParagraph | Clause): string {
    return isClause(host) ? (citationOf(host) ?? host.marker) : (citationOf(host) ?? 'this provision');
}

function line(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
