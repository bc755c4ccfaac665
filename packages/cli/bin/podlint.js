#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a CommonJS entry without its ES module loader, which
// saves a few milliseconds of every run. dist/bundle-loader.cjs loads the bundle with its code cache.
'use strict';
require('../dist/bundle-loader.cjs').main();
