import { readFileSync } from 'node:fs';

/** The version of the commons command, from its package.json. */
export const COMMONS_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
