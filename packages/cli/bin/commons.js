#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The command runs from the esbuild bundle (packages/cli/build.mjs), which starts about 0.35 s
// sooner than the hundreds of separate modules in out/.
const bundle = new URL('../dist/main.js', import.meta.url);
if (!existsSync(bundle)) {
    process.stderr.write('commons: the command is not built yet. Run "npm run build" at the top of the repository.\n');
    process.exit(2);
}
const { run } = await import(bundle.href);

// A reader that stops early (`commons lint | head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
});

process.exitCode = await run(process.argv);
