/**
 * A copy of `text` that keeps nothing else alive. V8 keeps a slice of 13 or more characters as a
 * view into the string it was cut from: a clause's text would keep its whole draft, and a word
 * its whole clause, for as long as a cache holds them (measured: 50 clauses cut from 1 MB drafts
 * kept 54 MB). Joining the text to a character and cutting that off again makes V8 copy it once.
 */
export function detached(text: string): string {
    return text.length < 13 ? text : (` ${text}`).slice(1);
}
