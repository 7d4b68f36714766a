#!/usr/bin/env node
// The Commons language server. Editors start it with --stdio; see the README for set-up.
import { main } from '../out/main.js';

main();
