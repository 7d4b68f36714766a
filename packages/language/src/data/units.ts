/**
 * Words Commons accepts for money and time. Kept as data so a reviewer can read and extend
 * them without touching the checks that use them (validation/values.ts).
 */

/**
 * ISO 4217 currency codes in current use (the codes a budget or fund may be written in),
 * from the ISO 4217 maintenance agency's list. Funds and test codes (XAU, XTS, ...) are left out:
 * a public budget is not held in gold or in a test currency.
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
    'AED', 'AFN', 'ALL', 'AMD', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BHD', 'BIF', 'BMD',
    'BND', 'BOB', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC',
    'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL',
    'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR',
    'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP',
    'LKR', 'LRD', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK',
    'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR',
    'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE',
    'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD',
    'TZS', 'UAH', 'UGX', 'USD', 'UYU', 'UZS', 'VES', 'VND', 'VUV', 'WST', 'XAF', 'XCD', 'XOF', 'XPF', 'YER',
    'ZAR', 'ZMW', 'ZWG'
]);

/** Everyday names drafters type for a currency, and the code to write instead. */
export const CURRENCY_SUGGESTIONS: Readonly<Record<string, string>> = {
    POUNDS: 'GBP', POUND: 'GBP', STERLING: 'GBP', GBX: 'GBP', UKP: 'GBP',
    EURO: 'EUR', EUROS: 'EUR', DOLLARS: 'USD', DOLLAR: 'USD', RAND: 'ZAR'
};

/** Units of a length of time ("10 years", "28 days"), singular and plural. */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    year: 'year', years: 'year', 'financial-year': 'financial year', 'financial-years': 'financial year'
};

/** Periods an amount recurs over ("GBP 250000 per year"). */
export const RECURRENCE_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year', 'annum', 'financial-year']);

/** Amount suffixes drafters use for large sums: GBP 2.5m, GBP 1bn, GBP 250k. */
export const AMOUNT_MULTIPLIERS: Readonly<Record<string, number>> = {
    k: 1e3, m: 1e6, bn: 1e9
};
