// The entry point of the bundled language server (dist/server.mjs).
import { main } from '@commons/language-server';

main();
