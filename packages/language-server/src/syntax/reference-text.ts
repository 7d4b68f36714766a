import { AstUtils, GrammarAST } from 'langium';

const ID_PATTERN = /^[_a-zA-Z][\w-]*$/;

/** Keywords of the grammar, and those the Word rule also accepts as names ("treasury", "year"). */
interface KeywordSets {
    all: Set<string>;
    usableAsNames: Set<string>;
}

const cache = new WeakMap<GrammarAST.Grammar, KeywordSets>();

function keywordSets(grammar: GrammarAST.Grammar): KeywordSets {
    let sets = cache.get(grammar);
    if (!sets) {
        sets = { all: new Set(), usableAsNames: new Set() };
        for (const node of AstUtils.streamAllContents(grammar)) {
            if (!GrammarAST.isKeyword(node)) continue;
            sets.all.add(node.value);
            if (AstUtils.getContainerOfType(node, GrammarAST.isParserRule)?.name === 'Word') sets.usableAsNames.add(node.value);
        }
        cache.set(grammar, sets);
    }
    return sets;
}

/** Whether a name can be written bare (holder forum) rather than in brackets (holder [community body]). */
export function canBeWrittenBare(name: string, grammar: GrammarAST.Grammar): boolean {
    if (!ID_PATTERN.test(name)) return false;
    const sets = keywordSets(grammar);
    return !sets.all.has(name) || sets.usableAsNames.has(name);
}

/** Whether a word is a keyword of the language (and so cannot be a provision's name). */
export function isKeyword(word: string, grammar: GrammarAST.Grammar): boolean {
    return keywordSets(grammar).all.has(word);
}

/** How a name is written where the grammar expects a reference: bare when it can be, in brackets otherwise. */
export function referenceText(name: string, grammar: GrammarAST.Grammar): string {
    return canBeWrittenBare(name, grammar) ? name : `[${name}]`;
}
