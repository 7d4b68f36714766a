/**
 * Stable identifiers of the language-level checks, carried on each diagnostic as its code so
 * tests, waivers and reports can name them. The four-shift rules use their own ids.
 */
export const IssueCodes = {
    UnresolvedReference: 'language/unresolved-reference',
    DuplicateName: 'language/duplicate-name',
    DuplicateNumber: 'language/duplicate-number',
    NumberOutOfOrder: 'language/number-out-of-order',
    MalformedNumber: 'language/malformed-number',
    MixedMarkers: 'language/mixed-markers',
    RightWithoutHolder: 'language/right-without-holder',
    MalformedAmount: 'language/malformed-amount',
    UnknownCurrency: 'language/unknown-currency',
    MalformedPeriod: 'language/malformed-period',
    MalformedDate: 'language/malformed-date',
    MalformedShare: 'language/malformed-share',
    DatesOutOfOrder: 'language/dates-out-of-order',
    RepeatedMetadata: 'language/repeated-metadata',
    MissingImport: 'language/missing-import',
    CyclicImport: 'language/cyclic-import',
    SelfImport: 'language/self-import',
    RepeatedImport: 'language/repeated-import',
    NotACommonsFile: 'language/not-a-commons-file',
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];
