/**
 * Escapes a drafter's own words for Markdown, so brackets, stars, underscores and backticks in
 * prose show as typed (and angle brackets cannot open HTML). Full stops and hyphens are left
 * alone: inside a sentence they cannot start a list.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]#|<>~]/g, (char) => `\\${char}`);
}

/** Shortens prose for a hover or a label, keeping whole words. */
export function excerpt(text: string, limit = 160): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat.length <= limit) return flat;
    const cut = flat.slice(0, limit);
    const lastSpace = cut.lastIndexOf(' ');
    return `${cut.slice(0, lastSpace > limit * 0.6 ? lastSpace : limit)}…`;
}

/** A file name a writer recognises: the last part of the path. */
export function fileNameOf(uri: { path: string }): string {
    return decodeURIComponent(uri.path.split('/').pop() ?? uri.path);
}
