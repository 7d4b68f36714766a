// Langium 4.4 depends on chevrotain 13, which calls Object.groupBy (added in Node 21).
// CI and this machine run Node 20, so the generator needs this shim loaded first
// (`node --import ./scripts/polyfills.mjs ...`). The language package installs the same
// shim for itself at run time (packages/language/src/polyfills.ts).
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, keyOf) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, keyOf) => {
        const groups = new Map();
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            if (!groups.has(key)) groups.set(key, []);
            groups.get(key).push(item);
        }
        return groups;
    };
}
