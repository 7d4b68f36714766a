import { closest, distance } from 'fastest-levenshtein';
/**
 * How Commons matches a name written by a drafter to the actor or defined term it means.
 * Names are compared case-insensitively with spacing and quote styles ignored, so
 * [Community Body], [community  body] and "community body" all mean the same term, and the
 * common English plural and possessive forms of a term resolve to the term itself.
 */

/** The canonical form of a name: lower case, single spaces, straight apostrophes. */
export function normaliseName(name: string): string {
    return name
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}

/**
 * The forms to try, in order, when looking a written name up: the name itself, then the
 * singular a plural or possessive probably stands for ("community bodies" -> "community body",
 * "council's" -> "council", "forums'" -> "forum").
 */
export function nameVariants(written: string): readonly string[] {
    let variants = variantsByName.get(written);
    if (!variants) {
        if (variantsByName.size >= VARIANTS_KEPT) variantsByName.clear();
        variantsByName.set(written, variants = computeVariants(written));
    }
    return variants;
}

// Every reference to a term is looked up on every check of its draft, and drafts use a few
// hundred names, so their variants are worked out once. Capped so odd input cannot grow it.
const variantsByName = new Map<string, readonly string[]>();
const VARIANTS_KEPT = 10_000;

function computeVariants(written: string): string[] {
    const name = normaliseName(written);
    const variants = [name];
    const add = (candidate: string) => {
        if (candidate.length > 0 && !variants.includes(candidate)) variants.push(candidate);
    };
    const withoutPossessive = name.replace(/'s$|s'$/, (match) => (match === "s'" ? 's' : ''));
    add(withoutPossessive);
    for (const base of [name, withoutPossessive]) {
        singularForms(base).forEach(add);
        // "assets of community value": the plural is on the head noun, before "of".
        const words = base.split(' ');
        if (words.length > 1) {
            for (const singular of singularForms(words[0])) add([singular, ...words.slice(1)].join(' '));
        }
    }
    return variants;
}

function singularForms(word: string): string[] {
    const forms: string[] = [];
    if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
    if (/(s|x|z|ch|sh)es$/.test(word)) forms.push(word.slice(0, -2));
    if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
    return forms;
}

/** Text a drafter wrote as a reference, without its brackets or quotes. */
export function unwrapReferenceText(text: string): string {
    const trimmed = text.trim();
    if (trimmed.startsWith('[') && trimmed.endsWith(']')) return trimmed.slice(1, -1).trim();
    if (trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1).trim();
    return trimmed;
}

/**
 * The declared name a misspelt one most probably stands for ("counsil" -> "council"), or
 * undefined when none is close: within a third of the word's letters, so a short name is not
 * matched to an unrelated one.
 */
export function nearestName(written: string, declared: Iterable<string>): string | undefined {
    const name = normaliseName(written);
    const candidates = [...new Set(declared)].filter((candidate) => candidate.length > 0 && normaliseName(candidate) !== name);
    if (candidates.length === 0) return undefined;
    const best = closest(name, candidates.map(normaliseName));
    const found = candidates.find((candidate) => normaliseName(candidate) === best);
    return found !== undefined && distance(name, best) <= Math.max(1, Math.floor(name.length / 3)) ? found : undefined;
}
