import { normaliseName } from '@commons/language';

/**
 * How a name was written where it is used: as declared, or as a plural or possessive of it.
 * Renaming keeps the form, so "[community bodies]" renamed from "community body" to
 * "neighbourhood group" becomes "[neighbourhood groups]", and "[council's]" becomes "[authority's]".
 */
type Form = 'same' | 'possessive' | 'plural' | 'plural-possessive';

/** The new words for a use of a renamed declaration, keeping the writer's form and capitals. */
export function renameWritten(written: string, oldName: string, newName: string): string {
    const form = formOf(written, oldName);
    const renamed = form ? inflect(newName, form) : newName;
    return matchCapitals(written, oldName, renamed);
}

function formOf(written: string, name: string): Form | undefined {
    const w = normaliseName(written);
    const n = normaliseName(name);
    const forms: Form[] = ['same', 'possessive', 'plural', 'plural-possessive'];
    return forms.find((form) => inflect(n, form) === w)
        // The core also accepts a plain trailing "s" as a plural ("bodys" is unlikely, "forums" common).
        ?? (w === `${n}s` ? 'plural' : w === `${n}s'` ? 'plural-possessive' : undefined);
}

function inflect(name: string, form: Form): string {
    switch (form) {
        case 'same': return name;
        case 'possessive': return `${name}'s`;
        case 'plural': return plural(name);
        case 'plural-possessive': {
            const many = plural(name);
            return many.endsWith('s') ? `${many}'` : `${many}'s`;
        }
    }
}

/** The plural of a name, on its head noun: "community body" → "community bodies", "asset of community value" → "assets of community value". */
export function plural(name: string): string {
    const words = name.split(' ');
    const headIndex = words.indexOf('of') > 0 ? words.indexOf('of') - 1 : words.length - 1;
    words[headIndex] = pluralWord(words[headIndex]);
    return words.join(' ');
}

function pluralWord(word: string): string {
    if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
    return `${word}s`;
}

/**
 * Carries the writer's capitals over: "[Community Body]" (each word capitalised where the
 * declaration is not) gives "[Neighbourhood Group]"; "[Council]" at the start of a sentence gives
 * "[Authority]". Otherwise the new name is written as the writer typed it in the rename box.
 */
function matchCapitals(written: string, declared: string, renamed: string): string {
    const trimmed = written.trim();
    const declaredCapitalised = /^\p{Lu}/u.test(declared.trim());
    const words = trimmed.split(/\s+/);
    const allCapitalised = words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word) || /^(of|and|the|for|to|in)$/.test(word));
    if (allCapitalised && !declared.trim().split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) {
        return renamed.split(' ').map((word) => (/^(of|and|the|for|to|in)$/.test(word) ? word : capitalise(word))).join(' ');
    }
    if (/^\p{Lu}/u.test(trimmed) && !declaredCapitalised) return capitalise(renamed);
    return renamed;
}

function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
