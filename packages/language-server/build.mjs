// Bundles the language server into dist/, which bin/commons-language-server.js runs; why, and how
// --if-stale decides, is in scripts/bundle-node.mjs. The editor extension bundles the server
// itself (packages/vscode/build.mjs), so this one serves the bin: other editors (Neovim, Emacs)
// and the tests.
import { bundleNode } from '../../scripts/bundle-node.mjs';

await bundleNode({
    packageDir: import.meta.dirname,
    entryPoints: { main: 'main.js', 'background-worker': 'diagnostics/background-worker.js' },
    buildScript: import.meta.url,
    ifStale: process.argv.includes('--if-stale')
});
