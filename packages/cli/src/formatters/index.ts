import type { FormatName } from '../option-values.js';
import { sanitisedReport, type Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The output formats of `commons lint --format`, by name (the names are listed in option-values.ts); each sees a report without control characters. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = Object.fromEntries(
    Object.entries({ stylish, json, sarif, junit, github, markdown }).map(([name, format]) => [name, (report: Parameters<Formatter>[0]) => format(sanitisedReport(report))])
) as Record<FormatName, Formatter>;

export type { Formatter, Report } from './formatter.js';
