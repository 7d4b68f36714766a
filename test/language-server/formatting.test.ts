import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createCommonsLanguageServices, formattingEdits } from '@commons/language-server';
import { repositoryRoot } from '../helpers/cli.js';

// Formatting changes layout only: on every example it keeps every token (and every string byte
// for byte), gives the same result when run twice, and restores a draft whose layout was scrambled.

const { shared, Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
const OPTIONS = { tabSize: 2, insertSpaces: true };
let counter = 0;

function format(text: string): string {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/formatting/${counter++}.commons`));
    return TextDocument.applyEdits(TextDocument.create('memory://draft', 'commons', 0, text), formattingEdits(document, OPTIONS));
}

function tokens(text: string): Array<{ type: string; image: string }> {
    const { tokens: all, hidden } = Commons.parser.Lexer.tokenize(text);
    return [...all, ...(hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map((token) => ({ type: token.tokenType.name, image: token.image }));
}

/** Rewrites the whitespace between tokens at random (keeping line breaks), leaving every token alone. */
function scramble(text: string, seed: number): string {
    let state = seed;
    const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648) % n);
    const { tokens: all, hidden } = Commons.parser.Lexer.tokenize(text);
    const ordered = [...all, ...(hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
    let out = '';
    let at = 0;
    let afterLineComment = false;
    for (const token of ordered) {
        const gap = text.slice(at, token.startOffset);
        const newlines = (gap.match(/\n/g) ?? []).length;
        // Spaces at the end of a line comment belong to the comment, so none are added there.
        const trailing = afterLineComment ? '' : ' '.repeat(random(3));
        out += newlines > 0 ? `${trailing}${'\n'.repeat(newlines)}${' '.repeat(random(9))}` : at === 0 ? '' : ' '.repeat(1 + random(3));
        afterLineComment = token.tokenType.name === 'SL_COMMENT';
        out += token.image;
        at = token.startOffset + token.image.length;
    }
    return out + text.slice(at);
}

function examples(): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.commons')) found.push(path);
        }
    };
    walk(join(repositoryRoot, 'examples'));
    return found.sort();
}

describe('formatting the examples', () => {
    for (const path of examples()) {
        const name = relative(join(repositoryRoot, 'examples'), path);
        it(`${name}: keeps every word, and is the same the second time`, () => {
            const original = readFileSync(path, 'utf8');
            const once = format(original);
            expect(tokens(once)).toEqual(tokens(original));
            const strings = (text: string) => tokens(text).filter((token) => token.type === 'STRING' || token.type === 'DEFINED_TERM').map((token) => token.image);
            expect(strings(once)).toEqual(strings(original));
            expect(format(once)).toBe(once);
        });

        it(`${name}: lays a scrambled copy out again without changing a token`, () => {
            const original = readFileSync(path, 'utf8');
            const scrambled = scramble(original, name.length);
            expect(scrambled).not.toBe(original);
            const restored = format(scrambled);
            expect(tokens(restored)).toEqual(tokens(original));
            expect(format(restored)).toBe(restored);
            // The examples are written in the formatter's own layout, so it gives them back exactly.
            expect(restored).toBe(format(original));
        });
    }
});

describe('formatting safety', () => {
    it('leaves a draft that does not parse exactly as it is', () => {
        const broken = 'act "A" {\n   section 1 {\n (1) "unfinished\n}\n';
        expect(format(broken)).toBe(broken);
    });

    it('keeps the space between a number and a comma, which would otherwise join them', () => {
        expect(format('act "A" {\n  extent England , Wales\n}\n')).toBe('act "A" {\n  extent England, Wales\n}\n');
    });

    it('keeps Windows line endings', () => {
        const text = 'act "A" {\r\nstatus draft\r\n}\r\n';
        expect(format(text)).toBe('act "A" {\r\n  status draft\r\n}\r\n');
    });
});
