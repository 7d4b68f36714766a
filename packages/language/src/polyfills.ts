// Langium 4.4 uses chevrotain 13, which calls Object.groupBy (Node 21+, all current browsers).
// Commons supports Node 20, so install the shim before Langium builds a parser. Imported first
// by commons-module.ts; a no-op wherever the runtime already has it.
type KeyOf<T> = (item: T, index: number) => PropertyKey;

const objectWithGroupBy = Object as unknown as { groupBy?: <T>(items: Iterable<T>, keyOf: KeyOf<T>) => Record<PropertyKey, T[]> };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    objectWithGroupBy.groupBy = <T>(items: Iterable<T>, keyOf: KeyOf<T>) => {
        const groups: Record<PropertyKey, T[]> = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}

const mapWithGroupBy = Map as unknown as { groupBy?: <T>(items: Iterable<T>, keyOf: KeyOf<T>) => Map<PropertyKey, T[]> };
if (typeof mapWithGroupBy.groupBy !== 'function') {
    mapWithGroupBy.groupBy = <T>(items: Iterable<T>, keyOf: KeyOf<T>) => {
        const groups = new Map<PropertyKey, T[]>();
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            const group = groups.get(key);
            if (group) group.push(item); else groups.set(key, [item]);
        }
        return groups;
    };
}

export {};
