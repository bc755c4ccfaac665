#!/usr/bin/env node
// CommonJS, like bin/podlint.js (bin/package.json); the language server's bundle is an ES module.
'use strict';
import('../dist/podlint-lsp.js').then(({ start }) => start(process.argv.slice(2)));
