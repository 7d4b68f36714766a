import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, GrammarAST, type Grammar } from 'langium';
import { describe, expect, it } from 'vitest';
import { CommonsGrammar } from '../packages/language/src/generated/grammar.js';
import { repositoryRoot } from './helpers/cli.js';
import { errorsOf, parseWorkspace } from './helpers/workspace.js';

/**
 * The drafter's guide (docs/language.md) and the README show Commons to people who will copy it.
 * Every example must be a complete draft that checks as it stands, and the guide must cover
 * every keyword of the language, so a construct added to the grammar without documentation, or
 * an example broken by a change to the language, fails here.
 */

const documents = ['README.md', 'docs/language.md'] as const;

interface Block {
    /** The markdown file and line of the opening fence, for messages. */
    where: string;
    /** The file name given on the fence (```commons file=definitions.commons), if any. */
    file?: string;
    text: string;
}

const FENCE = /^```commons([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

function read(path: string): string {
    return readFileSync(join(repositoryRoot, path), 'utf8');
}

function commonsBlocks(path: string): Block[] {
    const markdown = read(path);
    return [...markdown.matchAll(FENCE)].map((match) => ({
        where: `${path}:${markdown.slice(0, match.index).split('\n').length}`,
        file: /\bfile=(\S+)/.exec(match[1])?.[1],
        text: match[2]
    }));
}

function importsOf(text: string): string[] {
    return [...text.matchAll(/^\s*import\s+"([^"]*)"/gm)].map((match) => match[1].replace(/^\.\//, ''));
}

/**
 * The files a block is checked with: the block alone, unless it imports files, which must be
 * shown in the same document as blocks named on their fence. Nothing is supplied that a reader
 * cannot see.
 */
function workspaceFor(block: Block, siblings: Block[]): Record<string, string> {
    const name = block.file ?? 'main.commons';
    const files: Record<string, string> = { [name]: block.text };
    for (const imported of importsOf(block.text)) {
        const shown = siblings.find((sibling) => sibling.file === imported);
        if (!shown) throw new Error(`${block.where} imports "${imported}", which the document does not show (\`\`\`commons file=${imported}).`);
        files[imported] = shown.text;
    }
    return files;
}

/** Words of Commons outside quoted text, comments and [bracketed references]. */
function commonsWords(text: string): string[] {
    const tokens = /"""[\s\S]*?"""|"(?:\\.|[^"\\])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\[[^\]\n]*\]|([A-Za-z][\w-]*)/g;
    return [...text.matchAll(tokens)].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** Every keyword the guide shows: in its Commons examples, or as `code` in its prose. */
function wordsShownIn(markdown: string): Set<string> {
    const words = new Set<string>();
    for (const match of markdown.matchAll(FENCE)) commonsWords(match[2]).forEach((word) => words.add(word));
    const prose = markdown.replace(/^```[\s\S]*?^```[ \t]*$/gm, '');
    for (const match of prose.matchAll(/`([^`\n]+)`/g)) commonsWords(match[1]).forEach((word) => words.add(word));
    return words;
}

/**
 * The keywords a drafter can write from one grammar rule down: the words of the rules it uses,
 * and of the rules those use. `Word` is left out: its keywords are ordinary words a drafter may
 * use as names and units ("per year"), and each is also a keyword of its own elsewhere when it
 * means something. Cross-references name a declared party, not a keyword, and are not followed.
 */
function keywordsFrom(grammar: Grammar, ruleName: string): Set<string> {
    const keywords = new Set<string>();
    const visited = new Set<string>();
    const visit = (rule: GrammarAST.AbstractRule | undefined) => {
        if (!rule || !GrammarAST.isParserRule(rule) || visited.has(rule.name) || rule.name === 'Word') return;
        visited.add(rule.name);
        for (const node of AstUtils.streamAllContents(rule.definition)) {
            if (GrammarAST.isKeyword(node) && /\p{L}/u.test(node.value)) keywords.add(node.value);
            if (GrammarAST.isRuleCall(node) && !AstUtils.getContainerOfType(node, GrammarAST.isCrossReference)) visit(node.rule.ref);
        }
    };
    const start = grammar.rules.find((rule) => rule.name === ruleName);
    if (!start) throw new Error(`The grammar has no rule ${ruleName}`);
    visit(start);
    return keywords;
}

describe('Commons examples in the README and the drafter\'s guide', () => {
    const blocks = documents.map((path) => ({ path, blocks: commonsBlocks(path) }));

    it('finds every example, so none is skipped', () => {
        for (const { path, blocks: found } of blocks) {
            const fences = read(path).match(/^```commons\b/gm) ?? [];
            expect(found.length, `${path}: a \`\`\`commons fence is not closed`).toBe(fences.length);
        }
        expect(blocks.find(({ path }) => path === 'README.md')!.blocks.length).toBeGreaterThan(0);
        expect(blocks.find(({ path }) => path === 'docs/language.md')!.blocks.length).toBeGreaterThan(20);
    });

    for (const { path, blocks: found } of blocks) {
        for (const block of found) {
            it(`${block.where} parses and checks with no error, exactly as shown`, async () => {
                const files = workspaceFor(block, found);
                const name = block.file ?? 'main.commons';
                const workspace = await parseWorkspace(files);
                const errors = errorsOf(workspace.diagnostics(name))
                    .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.message}`);
                expect(errors, `${path}, example at ${block.where}`).toEqual([]);
            });
        }
    }
});

describe('the drafter\'s guide', () => {
    const shown = wordsShownIn(read('docs/language.md'));
    const grammar = CommonsGrammar();

    it('shows every keyword of every provision type', () => {
        const provisionKeywords = keywordsFrom(grammar, 'Provision');
        // The list comes from the grammar; make sure it really holds the provisions and their values.
        for (const keyword of ['right', 'duty', 'power', 'participation', 'budget', 'fund', 'measure', 'evaluation',
            'commencement', 'sunset', 'review', 'community-control', 'participatory-budgeting', 'allocate', 'devolved', 'city-region']) {
            expect(provisionKeywords, `the grammar's provision types include ${keyword}`).toContain(keyword);
        }
        const missing = [...provisionKeywords].filter((keyword) => !shown.has(keyword)).sort();
        expect(missing, 'keywords of provisions that docs/language.md never shows in an example or as `code`').toEqual([]);
    });

    it('shows every other keyword of the language', () => {
        const allKeywords = keywordsFrom(grammar, 'Document');
        for (const keyword of ['act', 'amendment', 'long-title', 'heading', 'article', 'definitions', 'import', 'omit', 'town-council']) {
            expect(allKeywords, `the grammar includes ${keyword}`).toContain(keyword);
        }
        const missing = [...allKeywords].filter((keyword) => !shown.has(keyword)).sort();
        expect(missing, 'keywords that docs/language.md never shows in an example or as `code`').toEqual([]);
    });
});
