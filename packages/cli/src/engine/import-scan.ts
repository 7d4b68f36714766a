import { ValueConverter } from 'langium';

/**
 * The paths a draft imports, read from the top of its text without parsing the rest. Imports
 * can only come first in a Commons file (`import "./definitions.commons"`), after comments and
 * blank lines, so reading stops at the first thing that is neither. Cheap enough to run on every
 * file before deciding how to share the work between threads.
 */
export function scanImports(text: string): string[] {
    return scanImportsAt(text).map((entry) => entry.path);
}

/** The imports of a draft with the offset of each path's literal, for findings on the import line. */
export function scanImportsAt(text: string): Array<{ path: string; offset: number }> {
    const imports: Array<{ path: string; offset: number }> = [];
    let at = 0;
    const skipTrivia = () => {
        for (;;) {
            while (at < text.length && /\s/.test(text[at])) at++;
            if (text.startsWith('//', at)) {
                const ends = [text.indexOf('\n', at), text.indexOf('\r', at)].filter((end) => end >= 0);
                at = ends.length > 0 ? Math.min(...ends) : text.length;
            } else if (text.startsWith('/*', at)) {
                const end = text.indexOf('*/', at + 2);
                at = end < 0 ? text.length : end + 2;
            } else {
                return;
            }
        }
    };
    for (;;) {
        skipTrivia();
        if (!/^import(?![\w-])/.test(text.slice(at, at + 7))) return imports;
        at += 'import'.length;
        skipTrivia();
        const literal = STRING.exec(text.slice(at, at + 4096));
        if (!literal) return imports;
        imports.push({ path: literal[0].startsWith('"""') ? literal[0].slice(3, -3) : ValueConverter.convertString(literal[0]), offset: at });
        at += literal[0].length;
    }
}

// The STRING terminal of the grammar, anchored.
const STRING = /^(?:"""[\s\S]*?"*"""|"(?:\\.|[^"\\])*")/;
