#!/usr/bin/env node
import { run } from '../dist/podlint.js';

process.exitCode = await run(process.argv.slice(2));
