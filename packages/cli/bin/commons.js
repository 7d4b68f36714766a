#!/usr/bin/env node
import { run } from '../out/main.js';

// A reader that stops early (`commons lint | head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
});

process.exitCode = await run(process.argv);
