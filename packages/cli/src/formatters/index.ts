import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit };
export type { Formatter, FormatContext, ReportedFile, ReportSummary } from './formatter.js';
export { summarize } from './formatter.js';
