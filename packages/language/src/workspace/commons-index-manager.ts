import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import { Cancellation } from 'langium';

/**
 * Langium's index, with one addition: the declarations of a few named files, found file by
 * file. `allElements(type, uris)` reads every file's entry to keep those in `uris`, and each
 * draft asks for its visible files once per check, which made opening a 1,000-draft workspace
 * quadratic. Files come in the order they were indexed, as `allElements` gives them, so which
 * of two same-named declarations wins does not change.
 */
export class CommonsIndexManager extends DefaultIndexManager {
    private readonly indexedOrder = new Map<string, number>();
    private indexedCount = 0;

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const uri = document.uri.toString();
        // A Map keeps the position of a key that is set again, so only a new file moves to the end.
        if (!this.symbolIndex.has(uri)) this.indexedOrder.set(uri, this.indexedCount++);
        await super.updateContent(document, cancelToken);
    }

    override removeContent(uri: URI): void {
        this.indexedOrder.delete(uri.toString());
        super.removeContent(uri);
    }

    /** The declarations of the given files (of the given type, if any), in indexing order. */
    elementsOf(uris: ReadonlySet<string>, nodeType?: string): AstNodeDescription[] {
        const indexed = [...uris].filter((uri) => this.indexedOrder.has(uri));
        indexed.sort((a, b) => this.indexedOrder.get(a)! - this.indexedOrder.get(b)!);
        return indexed.flatMap((uri) => this.getFileDescriptions(uri, nodeType));
    }
}
