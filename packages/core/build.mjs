// Core is bundled into the CLI and the language server from its TypeScript sources; what it
// builds on its own is generated code (precompiled schema validators) that those bundles load.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(fileURLToPath(import.meta.url));
const compileSchemas = join(packageDir, 'scripts', 'compile-schemas.mjs');
if (existsSync(compileSchemas)) await import(compileSchemas);
