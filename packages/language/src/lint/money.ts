import type { Amount, Allocation, Budget, Fund, Money } from '../generated/ast.js';
import { parseAmount } from '../validation/values.js';

/** How many of each recurrence fit in a year, to compare "per month" with "per year". */
const PER_YEAR: Readonly<Record<string, number>> = { day: 365, week: 52, month: 12, quarter: 4, year: 1, annum: 1, 'financial-year': 1 };

/** A sum of money in one currency, per year when it recurs, or in total when it does not. */
export interface Sum {
    currency: string;
    value: number;
    /** True when `value` is per year. */
    yearly: boolean;
}

export function sumOf(money: Money | undefined, per: string | undefined): Sum | undefined {
    const value = money && parseAmount(money.value);
    if (!money || value === undefined) return undefined;
    const perYear = per === undefined ? undefined : PER_YEAR[per];
    return { currency: money.currency, value: perYear === undefined ? value : value * perYear, yearly: perYear !== undefined };
}

/** The money a budget or fund holds, per year where it recurs. Undefined when not stated. */
export function holdingOf(container: Budget | Fund): Sum | undefined {
    const amounts: Amount[] = container.$type === 'Budget' ? container.amounts : container.endowments;
    const sums = amounts.map((amount) => sumOf(amount.money, amount.per)).filter((sum): sum is Sum => sum !== undefined);
    if (sums.length === 0 && container.$type === 'Fund') {
        const sourced = container.sources.map((source) => source.amount && sumOf(source.amount.money, source.amount.per)).filter((sum): sum is Sum => Boolean(sum));
        return combine(sourced);
    }
    return combine(sums);
}

function combine(sums: Sum[]): Sum | undefined {
    if (sums.length === 0 || sums.some((sum) => sum.currency !== sums[0].currency || sum.yearly !== sums[0].yearly)) return undefined;
    return { currency: sums[0].currency, value: sums.reduce((total, sum) => total + sum.value, 0), yearly: sums[0].yearly };
}

/** The allocations of a budget or fund that are sums of money. */
export function moneyAllocations(container: Budget | Fund): Array<{ allocation: Allocation; sum: Sum }> {
    return container.allocations.flatMap((allocation) => {
        const sum = sumOf(allocation.money, allocation.per);
        return sum ? [{ allocation, sum }] : [];
    });
}

/** A sum written back as a drafter writes money: "GBP 1,250,000". */
export function formatSum(sum: Pick<Sum, 'currency' | 'value'>): string {
    return `${sum.currency} ${sum.value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}
