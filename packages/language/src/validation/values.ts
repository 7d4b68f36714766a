import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { Amount, Allocation, Commencement, Deadline, Duration, Instrument, Money, Share, Sunset, Year } from '../generated/ast.js';
import { isCommencement, isSunset } from '../generated/ast.js';
import { AMOUNT_MULTIPLIERS, CURRENCY_CODES, CURRENCY_SUGGESTIONS, DURATION_UNITS, RECURRENCE_UNITS } from '../data/units.js';
import { IssueCodes } from './codes.js';

const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;
const SCALED_AMOUNT = /^(\d+(?:\.\d+)?)(k|m|bn)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The value of a written amount (250,000 / 2.5m / 1bn), or undefined when malformed. */
export function parseAmount(written: string): number | undefined {
    if (AMOUNT.test(written)) return Number(written.replace(/,/g, ''));
    const scaled = SCALED_AMOUNT.exec(written);
    return scaled ? Number(scaled[1]) * AMOUNT_MULTIPLIERS[scaled[2]] : undefined;
}

/** Whether the parser reported a syntax error inside the node's text. */
function parserReportedWithin(node: AstNode): boolean {
    const cst = node.$cstNode;
    const document = AstUtils.findRootNode(node).$document;
    if (!cst || !document) return false;
    return document.parseResult.parserErrors.some((error) => error.token.startOffset >= cst.offset && error.token.startOffset < cst.end);
}

/** A calendar date written as YYYY-MM-DD, or undefined when it is not a real date. */
export function parseIsoDate(written: string): Date | undefined {
    const match = ISO_DATE.exec(written);
    if (!match) return undefined;
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/*
 * A draft being typed has missing pieces: the parser recovers with a node whose properties may
 * be undefined ("amount 400000 per year" has no currency). The parser already reports what is
 * missing; these checks say so plainly and never quote a missing value.
 */

export function checkMoney(money: Money, accept: ValidationAcceptor): void {
    const currency = money.currency;
    if (typeof currency !== 'string' || currency === '') {
        // "amount 400000": the parser has already said, on the number, that a currency code goes first; one slip, one message.
        if (!parserReportedWithin(money)) {
            accept('error', 'This amount has no currency. Write the three-letter currency code before the number, for example GBP 400000.',
                { node: money, code: IssueCodes.UnknownCurrency });
        }
    } else if (!CURRENCY_CODES.has(currency)) {
        const suggestion = CURRENCY_SUGGESTIONS[currency.toUpperCase()] ?? (CURRENCY_CODES.has(currency.toUpperCase()) ? currency.toUpperCase() : undefined);
        accept('error', `"${currency}" is not a currency code. ${suggestion ? `Write ${suggestion}.` : 'Use a three-letter ISO 4217 code such as GBP or EUR.'}`,
            { node: money, property: 'currency', code: IssueCodes.UnknownCurrency, data: suggestion ? { suggestion } : undefined });
    }
    if (typeof money.value !== 'string' || money.value === '') {
        accept('error', 'This amount has no number. Write the sum after the currency, for example GBP 400000.',
            { node: money, code: IssueCodes.MalformedAmount });
        return;
    }
    const value = parseAmount(money.value);
    if (value === undefined) {
        accept('error', `"${money.value}" is not an amount of money. Write digits, optionally with thousands separators, pence `
            + `and k, m or bn (for example 250000, 250,000.00 or 2.5m).`, { node: money, property: 'value', code: IssueCodes.MalformedAmount });
    } else if (value === 0) {
        accept('warning', 'This amount is zero. Give the sum, or remove the amount if it is not yet known.',
            { node: money, property: 'value', code: IssueCodes.MalformedAmount });
    }
}

export function checkDuration(duration: Duration, accept: ValidationAcceptor): void {
    if (typeof duration.value !== 'string' || duration.value === '') {
        accept('error', 'This length of time has no number. Write a whole number before the unit, for example 12 months.',
            { node: duration, code: IssueCodes.MalformedPeriod });
    } else if (!/^\d+$/.test(duration.value) || Number(duration.value) === 0) {
        accept('error', `"${duration.value}" is not a length of time. Use a whole number greater than zero, for example 12 months.`,
            { node: duration, property: 'value', code: IssueCodes.MalformedPeriod });
    }
    if (typeof duration.unit !== 'string' || duration.unit === '') {
        accept('error', 'This length of time has no unit. Write days, weeks, months or years after the number, for example 12 months.',
            { node: duration, code: IssueCodes.MalformedPeriod });
    } else if (!Object.prototype.hasOwnProperty.call(DURATION_UNITS, duration.unit)) {
        accept('error', `"${duration.unit}" is not a unit of time Commons knows. Use days, weeks, months or years.`,
            { node: duration, property: 'unit', code: IssueCodes.MalformedPeriod });
    }
}

export function checkRecurrence(node: Amount | Allocation, accept: ValidationAcceptor): void {
    if (typeof node.per === 'string' && !RECURRENCE_UNITS.has(node.per)) {
        accept('error', node.per === '' ? 'The word "per" needs a period after it: per day, week, month, quarter or year.'
            : `"per ${node.per}" is not a period Commons knows. Use per day, week, month, quarter or year.`,
            { node, property: 'per', code: IssueCodes.MalformedPeriod });
    }
}

export function checkShare(share: Share, accept: ValidationAcceptor): void {
    if (typeof share.value !== 'string' || share.value === '') {
        accept('error', 'This share has no number. Write a percentage above 0 and at most 100, for example 25%.',
            { node: share, code: IssueCodes.MalformedShare });
        return;
    }
    const value = /^\d+(\.\d+)?$/.test(share.value) ? Number(share.value) : Number.NaN;
    if (!(value > 0 && value <= 100)) {
        accept('error', `"${share.value}%" is not a share of a budget. Use a percentage above 0 and at most 100.`,
            { node: share, property: 'value', code: IssueCodes.MalformedShare });
    }
}

export function checkYear(year: Year, accept: ValidationAcceptor): void {
    if (typeof year.value !== 'string' || year.value === '') {
        accept('error', 'The year is missing. Write the four-digit year after "year", for example year 2027.',
            { node: year, code: IssueCodes.MalformedDate });
    } else if (!/^\d{4}$/.test(year.value)) {
        accept('error', `"${year.value}" is not a year. Write the four-digit year, for example 2027.`,
            { node: year, property: 'value', code: IssueCodes.MalformedDate });
    }
}

export function checkDate(node: Commencement | Sunset | Deadline, accept: ValidationAcceptor): void {
    if (node.date !== undefined && !parseIsoDate(node.date)) {
        accept('error', `"${node.date}" is not a date. Write dates as year-month-day, for example 2027-04-01.`,
            { node, property: 'date', code: IssueCodes.MalformedDate });
    }
}

/** A sunset dated before the instrument comes into force would repeal it before it starts. */
export function checkLifecycleDates(instrument: Instrument, accept: ValidationAcceptor): void {
    const commencement = instrument.members.find(isCommencement);
    const sunset = instrument.members.find(isSunset);
    const starts = commencement?.date ? parseIsoDate(commencement.date) : undefined;
    const ends = sunset?.date ? parseIsoDate(sunset.date) : undefined;
    if (sunset && starts && ends && ends <= starts) {
        accept('error', `The sunset date ${sunset.date} is not after commencement on ${commencement!.date}. Move one of the dates.`,
            { node: sunset as AstNode, property: 'date', code: IssueCodes.DatesOutOfOrder });
    }
}
