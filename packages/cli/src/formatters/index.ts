import type { FormatName } from '../option-values.js';
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The output formats of `commons lint --format`, by name (the names are listed in option-values.ts). */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = { stylish, json, sarif, junit, github, markdown };

export type { Formatter, Report } from './formatter.js';
