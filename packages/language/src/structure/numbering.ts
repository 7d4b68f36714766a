/**
 * Numbers and clause markers as drafters write them, and the order they run in.
 * Inserted provisions sort after the one they follow: 12 < 12A < 12B < 13, (a) < (aa) < (b),
 * (2) < (2A) < (3).
 */

export type MarkerStyle = 'number' | 'letter' | 'roman' | 'capital';

const UNIT_NUMBER = /^(\d+)([A-Z]{0,3})$/;
const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Whether a part, chapter, section, schedule or paragraph number is well formed (12, 12A). */
export function isWellFormedUnitNumber(number: string): boolean {
    return UNIT_NUMBER.test(number);
}

/** Sort key of a unit number: [12, 'A'] for 12A. */
export function unitNumberOrdinal(number: string): Array<number | string> {
    const match = UNIT_NUMBER.exec(number);
    return match ? [Number(match[1]), match[2]] : [Number.NaN];
}

/** The text inside a marker: "(2A)" -> "2A". */
export function markerLabel(marker: string): string {
    return marker.slice(1, -1);
}

/**
 * The numbering style of a run of sibling markers. A run that starts at (i) and holds only
 * roman numerals is roman; otherwise lowercase markers are letters, so (h), (i), (j) stay letters.
 */
export function markerStyleOf(labels: readonly string[]): MarkerStyle | 'mixed' {
    const styles = new Set(labels.map((label) => {
        if (/^\d/.test(label)) return 'number';
        if (/^[A-Z]/.test(label)) return 'capital';
        return 'lower';
    }));
    if (styles.size !== 1) return 'mixed';
    const [style] = styles;
    if (style !== 'lower') return style as MarkerStyle;
    return labels[0] === 'i' && labels.every((label) => ROMAN.test(label)) ? 'roman' : 'letter';
}

/** Sort key of a marker label in a given style. */
export function markerOrdinal(label: string, style: MarkerStyle): Array<number | string> {
    switch (style) {
        case 'number': return unitNumberOrdinal(label);
        case 'roman': return [romanValue(label)];
        case 'letter':
        case 'capital':
            return [...label.toLowerCase()].map((letter) => letter.charCodeAt(0) - 96);
    }
}

function romanValue(numeral: string): number {
    const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
    let total = 0;
    for (let i = 0; i < numeral.length; i++) {
        const value = values[numeral[i]];
        const next = values[numeral[i + 1]] ?? 0;
        total += value < next ? -value : value;
    }
    return total;
}

/** Compares two sort keys; a key that extends another sorts after it ((a) < (aa)). */
export function compareOrdinals(a: ReadonlyArray<number | string>, b: ReadonlyArray<number | string>): number {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (a[i] === b[i]) continue;
        if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
        return String(a[i]) < String(b[i]) ? -1 : 1;
    }
    return a.length - b.length;
}
