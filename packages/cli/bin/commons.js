#!/usr/bin/env node
import { run } from '../out/main.js';

process.exitCode = await run(process.argv);
