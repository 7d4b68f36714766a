/**
 * The small glob language of commons.json "ignore" entries, as in .gitignore-style tools:
 * `**` crosses folders, `*` and `?` stay within one, and a pattern without a slash matches a
 * file or folder name at any depth ("drafts-old" ignores every folder of that name).
 */
export function matchesGlob(relativePath: string, pattern: string): boolean {
    const trimmed = pattern.trim().replace(/^\.\//, '').replace(/\/$/, '/**');
    if (trimmed.length === 0) return false;
    const anchored = trimmed.includes('/') && !trimmed.startsWith('**/');
    const source = globToRegExpSource(trimmed);
    const expression = anchored ? new RegExp(`^${source}(?:/.*)?$`) : new RegExp(`(?:^|/)${source}(?:/.*)?$`);
    return expression.test(relativePath);
}

function globToRegExpSource(glob: string): string {
    let source = '';
    for (let index = 0; index < glob.length; index++) {
        const char = glob[index];
        if (char === '*' && glob[index + 1] === '*') {
            const followedBySlash = glob[index + 2] === '/';
            source += followedBySlash ? '(?:.*/)?' : '.*';
            index += followedBySlash ? 2 : 1;
        } else if (char === '*') {
            source += '[^/]*';
        } else if (char === '?') {
            source += '[^/]';
        } else {
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return source;
}
