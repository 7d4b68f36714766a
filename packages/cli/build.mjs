// Bundles the commons command and its worker thread into dist/, which bin/commons.js runs; why,
// and how --if-stale decides, is in scripts/bundle-node.mjs.
import { bundleNode } from '../../scripts/bundle-node.mjs';

await bundleNode({
    packageDir: import.meta.dirname,
    // Named so that dist/worker.js lies beside dist/main.js as out/engine/worker.js lies beside
    // out/engine/pool.js: the pool finds it as './worker.js' from either.
    entryPoints: { main: 'main.js', worker: 'engine/worker.js' },
    buildScript: import.meta.url,
    ifStale: process.argv.includes('--if-stale')
});
