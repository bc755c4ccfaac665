#!/usr/bin/env node
import { start } from '../dist/podlint-lsp.js';

start(process.argv.slice(2));
