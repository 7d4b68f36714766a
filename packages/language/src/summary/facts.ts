/**
 * The facts a summary sentence must keep from its source: amounts and their currencies, periods
 * of time, dates, the modal (must, may, must not) and whether a condition is attached. Read the
 * same way from the draft's words and from the summary's, so the checker compares like with like.
 */

export interface FactAmount {
    readonly currency: string;
    readonly value: number;
}

export interface Period {
    readonly value: number;
    /** day, week, month or year (singular). */
    readonly unit: string;
}

export type ModalKind = 'duty' | 'power' | 'prohibition';

const SYMBOLS: Readonly<Record<string, string>> = { '£': 'GBP', $: 'USD', '€': 'EUR', '%': '%' };
const SCALES: Readonly<Record<string, number>> = {
    k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, bn: 1e9, billion: 1e9, b: 1e9, tn: 1e12, trillion: 1e12
};
const NUMBER_WORDS: Readonly<Record<string, number>> = {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
    a: 1, an: 1
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function scaled(number: string, scale: string | undefined): number {
    const value = Number(number.replace(/,/g, ''));
    return scale ? Math.round(value * (SCALES[scale.toLowerCase()] ?? 1)) : value;
}

/** Money and shares: "£1.2 million", "GBP 250000", "USD 3m", "35%", "35 per cent". */
export function amountsIn(text: string): FactAmount[] {
    const found: FactAmount[] = [];
    const symbol = /([£$€])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(k|m|mn|bn|b|tn|thousand|million|billion|trillion)\b)?/gi;
    for (const match of text.matchAll(symbol)) found.push({ currency: SYMBOLS[match[1]], value: scaled(match[2], match[3]) });
    const code = /\b([A-Z]{3})\s(\d[\d,]*(?:\.\d+)?)(?:\s?(k|m|mn|bn|b|tn|thousand|million|billion|trillion)\b)?/g;
    for (const match of text.matchAll(code)) found.push({ currency: match[1], value: scaled(match[2], match[3]) });
    const share = /(\d+(?:\.\d+)?)\s?(?:%|per cent\b|percent\b)/gi;
    for (const match of text.matchAll(share)) found.push({ currency: '%', value: Number(match[1]) });
    return found;
}

/** Periods: "12 months", "six weeks", "a year" is not counted (too loose), "5 years". */
export function periodsIn(text: string): Period[] {
    const found: Period[] = [];
    const pattern = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty|sixty|ninety)[\s-](day|week|fortnight|month|quarter|year|decade)s?\b/gi;
    for (const match of text.matchAll(pattern)) {
        const raw = match[1].toLowerCase();
        const value = NUMBER_WORDS[raw] ?? Number(raw);
        found.push(normalisePeriod(value, match[2].toLowerCase()));
    }
    return found;
}

export function normalisePeriod(value: number, unit: string): Period {
    const singular = unit.toLowerCase().replace(/s$/, '');
    if (singular === 'fortnight') return { value: value * 2, unit: 'week' };
    if (singular === 'decade') return { value: value * 10, unit: 'year' };
    if (singular === 'quarter') return { value: value * 3, unit: 'month' };
    return { value, unit: singular };
}

/** Dates: "2027-04-01", "1 April 2027", "April 1, 2027"; as YYYY-MM-DD. */
export function datesIn(text: string): string[] {
    const found: string[] = [];
    for (const match of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) found.push(`${match[1]}-${match[2]}-${match[3]}`);
    const pad = (n: number) => String(n).padStart(2, '0');
    const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
    for (const match of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/gi)) {
        found.push(`${match[3]}-${pad(month(match[2]))}-${pad(Number(match[1]))}`);
    }
    for (const match of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b/gi)) {
        found.push(`${match[3]}-${pad(month(match[1]))}-${pad(Number(match[2]))}`);
    }
    return found;
}

/**
 * The modals a sentence uses: "must", "shall", "has to", "is to" give a duty; "may", "can",
 * "has the right to", "is entitled to" a power; "must not", "may not", "shall not", "cannot",
 * "is not to", "no ... may" a prohibition.
 */
export function modalsIn(text: string): Set<ModalKind> {
    const found = new Set<ModalKind>();
    let rest = ` ${text.toLowerCase().replace(/[’]/g, "'")} `;
    const prohibition = /\b(must not|mustn't|may not|shall not|shan't|cannot|can not|can't|is not to|are not to|is not allowed to|are not allowed to|is forbidden to|must never|may never)\b/g;
    if (prohibition.test(rest) || /\bno (?:[a-z]+ ){0,4}(?:may|can|shall|must)\b/.test(rest)) found.add('prohibition');
    rest = rest.replace(prohibition, ' ');
    if (/\b(must|shall|has to|have to|is required to|are required to|is to|are to|is under a duty|are under a duty|is bound to|are bound to)\b/.test(rest)) found.add('duty');
    if (/\b(may|can|has the right|have the right|is entitled|are entitled|has the power|have the power|is free to|are free to)\b/.test(rest)) found.add('power');
    return found;
}

/** Words that attach a condition or an exception to what follows or precedes them. */
const CONDITION = /\b(if|where|when|whenever|unless|except|provided|only|until|once|as long as|so long as|subject to|on condition|in the case|at the request|on request|after|before)\b/i;

/** "before" that names where a document is laid, not when: "lay the report before Parliament". */
const BEFORE_A_BODY = /\bbefore\s+(?:both\s+Houses\s+of\s+)?(?:Parliament|the\s+(?:House|Houses|Assembly|Senedd|Parliament|Dáil|Oireachtas|Congress)\b)/gu;

export function hasCondition(text: string): boolean {
    return CONDITION.test(text.replace(BEFORE_A_BODY, ''));
}

/** Text reduced for comparing names: lower case, brackets and possessives gone, spaces single. */
export function flatten(text: string): string {
    return ` ${text.toLowerCase().replace(/[’]/g, "'").replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Whether a name (actor label, term) occurs in flattened text, as a whole phrase, plural forms too. */
export function mentions(flatText: string, name: string): boolean {
    const flatName = flatten(name).trim().replace(/^(the|a|an|any|each|every|all) /, '');
    if (flatName.length === 0) return false;
    return flatText.includes(` ${flatName} `) || flatText.includes(` ${flatName}s `) || flatText.includes(` ${flatName}es `)
        || (flatName.endsWith('y') && flatText.includes(` ${flatName.slice(0, -1)}ies `));
}

export function sameAmount(a: FactAmount, b: FactAmount): boolean {
    return a.currency === b.currency && Math.abs(a.value - b.value) < 1e-6;
}

export function samePeriod(a: Period, b: Period): boolean {
    return a.unit === b.unit && a.value === b.value;
}

export function describeAmount(amount: FactAmount): string {
    return amount.currency === '%' ? `${amount.value}%` : `${amount.currency} ${amount.value}`;
}
