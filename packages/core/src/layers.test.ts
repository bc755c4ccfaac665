/**
 * Core's layers, bottom up: what each folder may import from the others. Knowledge flows upwards
 * only: reading, the model, release and schema knowledge and the update view know nothing of
 * rules, the engine that runs them, or configuration; rules know the engine only through the rule
 * contract (`engine/rule.ts`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  util: [],
  release: [],
  'types.ts': [],
  load: ['model', 'types.ts', 'util'],
  model: ['load', 'release', 'types.ts', 'util'],
  schema: ['load', 'model', 'release', 'types.ts', 'util'],
  update: ['model', 'release', 'util'],
  fix: ['load', 'model', 'types.ts', 'util'],
  rules: ['engine/rule.ts', 'load', 'model', 'release', 'schema', 'types.ts', 'update', 'util'],
  engine: ['fix', 'load', 'model', 'release', 'rules', 'schema', 'types.ts', 'update', 'util'],
  config: ['engine', 'load', 'model', 'release', 'types.ts', 'util'],
  // The rule pages, read on demand: they know a rule only through the rule contract.
  docs: ['engine/rule.ts'],
  // The package's version, read from package.json.
  'version.ts': [],
  'index.ts': [
    'config',
    'docs',
    'engine',
    'fix',
    'load',
    'model',
    'release',
    'rules',
    'schema',
    'types.ts',
    'update',
    'util',
    'version.ts',
  ],
};

const source = dirname(fileURLToPath(import.meta.url));
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return entry.endsWith('.ts') && !entry.endsWith('.test.ts') ? [path] : [];
  });
}

/** A core path's layer: its top folder, or the file itself at the top. */
const layerOf = (path: string): string => relative(source, path).split(sep)[0] ?? '';

describe('core layers', () => {
  it('every folder of core has a place in the layer table', () => {
    assert.deepEqual(
      readdirSync(source).filter(
        (entry) => !entry.endsWith('.test.ts') && !entry.endsWith('.md') && !(entry in ALLOWED),
      ),
      [],
    );
  });

  it('no module imports from a layer above its own', () => {
    const crossings: string[] = [];
    for (const file of sourceFiles(source)) {
      const layer = layerOf(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT_SPECIFIER)) {
        const target = resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts'));
        const targetLayer = layerOf(target);
        if (targetLayer === layer || target.startsWith(`${source}${sep}`) === false) continue;
        const targetFile = relative(source, target).split(sep).join('/');
        const allowed = ALLOWED[layer] ?? [];
        if (!allowed.includes(targetLayer) && !allowed.includes(targetFile))
          crossings.push(`${relative(source, file)} imports ${targetFile}`);
      }
    }
    assert.deepEqual(crossings, []);
  });
});
