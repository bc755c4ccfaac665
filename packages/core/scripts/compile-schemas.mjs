#!/usr/bin/env node
/**
 * Precompiles podlint's Kubernetes schema validators (ajv standalone code) into
 * packages/core/validators/ (git-ignored), gzipped CommonJS modules that export validators by
 * definition name, plus index.json (release and definition → module, and the fingerprint of the
 * sources):
 *
 *   node packages/core/scripts/compile-schemas.mjs [--release 1.37]… [--force]
 *
 * Nothing is done when the index already matches the sources (unless --force).
 *
 * A module holds one kind, or every kind that holds a pod spec: those share most of their code (the
 * pod spec is about nine tenths of each), which one module parses, and the JIT warms up, once
 * instead of once per workload kind. A module is named by the hash of its kinds' JSON Schemas, so
 * identical schemas of different releases share one module and a module that no longer matches the
 * schema is simply not found: podlint then compiles that kind at run time.
 * The schema code lives in src/schema (TypeScript); tsx loads it, as the tests do.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDirectory = join(here, '..', 'src', 'schema');
const { createAjv } = await tsImport(join(sourceDirectory, 'ajv-setup.ts'), import.meta.url);
const { loadCatalog } = await tsImport(join(sourceDirectory, 'catalog.ts'), import.meta.url);
const { DEFINITIONS_PREFIX, kindJsonSchema, releaseJsonSchema } = await tsImport(
  join(sourceDirectory, 'json-schema.ts'),
  import.meta.url,
);
const { moduleKey, schemaFingerprint, validatorModuleName, validatorsDirectoryPath, VALIDATORS_INDEX } = await tsImport(
  join(sourceDirectory, 'validators.ts'),
  import.meta.url,
);
const standaloneCode = (await import('ajv/dist/standalone/index.js')).default.default;

function parseReleases(argv, catalog) {
  const chosen = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--release') chosen.push(argv[++i]);
    else if (argv[i] !== '--force')
      throw new Error(`unknown argument ${argv[i]} (usage: compile-schemas.mjs [--release 1.37]… [--force])`);
  }
  for (const release of chosen) if (!catalog.releases.includes(release)) throw new Error(`unknown release ${release}`);
  return chosen.length ? chosen : [...catalog.releases];
}

/**
 * ajv keeps a copy of every schema object it compiled in the module even when no code reads it;
 * dropping the unused ones makes the modules about a third smaller.
 */
function dropUnusedSchemaConstants(code) {
  const declaration = /const (schema\d+) = /g;
  const removals = [];
  for (let match = declaration.exec(code); match; match = declaration.exec(code)) {
    const name = match[1];
    const uses = code.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
    if (uses > 1) continue;
    const end = endOfJsonValue(code, match.index + match[0].length);
    if (end !== -1 && code[end] === ';') removals.push([match.index, end + 1]);
  }
  let out = '';
  let cursor = 0;
  for (const [start, end] of removals) {
    out += code.slice(cursor, start);
    cursor = end;
  }
  return out + code.slice(cursor);
}

function endOfJsonValue(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0) return -1;
  }
  return -1;
}

/**
 * Removes the code caches of a module (src/schema/code-cache.ts): its code may have changed under
 * the same name, and they would only take room (they name the code they were made from).
 */
function removeCodeCaches(directory, module) {
  const prefix = `${module.replace(/\.cjs\.gz$/, '')}.`;
  for (const file of readdirSync(directory))
    if (file.startsWith(prefix) && file.endsWith('.v8cache')) rmSync(join(directory, file));
}

/** The definition whose code every workload kind repeats: the kinds that reach it share one module. */
const SHARED_ROOT = 'io.k8s.api.core.v1.PodSpec';

/**
 * The kinds of a release, with their JSON Schemas, as the modules that hold them (in definition
 * order): the kinds that reach the pod spec together, every other kind alone.
 */
function moduleGroups(catalog, release, definitions) {
  const shared = [];
  const groups = [];
  for (const definition of [...definitions].sort()) {
    const schema = kindJsonSchema(catalog, release, definition);
    if (Object.hasOwn(schema.definitions, SHARED_ROOT)) shared.push({ definition, schema });
    else groups.push([{ definition, schema }]);
  }
  return shared.length > 0 ? [shared, ...groups] : groups;
}

// A function, not top-level code, so packages/core/build.mjs can import this file and go on after it.
function main() {
  const started = performance.now();
  const catalog = loadCatalog();
  const releases = parseReleases(process.argv.slice(2), catalog);
  const outputDirectory = validatorsDirectoryPath();
  mkdirSync(outputDirectory, { recursive: true });
  const indexPath = join(outputDirectory, VALIDATORS_INDEX);
  const fingerprint = schemaFingerprint();
  // Compiling one release keeps the other releases' modules when they were built from the same sources.
  const previous = existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : undefined;
  const upToDate =
    !process.argv.includes('--force') &&
    previous?.fingerprint === fingerprint &&
    releases.every((release) => Object.keys(previous.modules).some((key) => key.startsWith(`${release} `))) &&
    Object.values(previous.modules).every((file) => existsSync(join(outputDirectory, file)));
  if (upToDate) {
    process.stdout.write(`compile-schemas: validators are up to date (${outputDirectory}); --force rebuilds them\n`);
    return;
  }
  const modules = Object.fromEntries(
    Object.entries(previous?.fingerprint === fingerprint ? previous.modules : {}).filter(
      ([key]) => !releases.some((release) => key.startsWith(`${release} `)),
    ),
  );
  const written = new Set();
  let bytes = 0;
  for (const release of releases) {
    const releaseStarted = performance.now();
    const id = `k8s-${release}`;
    const ajv = createAjv({ code: { source: true, lines: false }, messages: false, inlineRefs: false });
    ajv.addSchema(releaseJsonSchema(catalog, release, id));
    const bit = 1 << catalog.releases.indexOf(release);
    const definitions = new Set();
    for (const entry of Object.values(catalog.apiVersions)) {
      for (const kind of Object.values(entry.kinds)) if (kind.r & bit) definitions.add(kind.definition);
    }
    let fresh = 0;
    for (const group of moduleGroups(catalog, release, definitions)) {
      const name = validatorModuleName(JSON.stringify(group.map(({ schema }) => schema)));
      for (const { definition } of group) modules[moduleKey(release, definition)] = name;
      if (written.has(name)) continue;
      written.add(name);
      const exported = Object.fromEntries(
        group.map(({ definition }) => [definition, `${id}${DEFINITIONS_PREFIX}${definition}`]),
      );
      const code = dropUnusedSchemaConstants(standaloneCode(ajv, exported));
      if (/\brequire\(/.test(code))
        throw new Error(`${name}: the standalone code needs a runtime module; validators.ts cannot load it`);
      const zipped = gzipSync(code, { level: 9 });
      writeFileSync(join(outputDirectory, name), zipped);
      removeCodeCaches(outputDirectory, name);
      bytes += zipped.length;
      fresh++;
    }
    process.stdout.write(
      `compile-schemas: ${release}: ${definitions.size} kinds, ${fresh} new modules, ${((performance.now() - releaseStarted) / 1000).toFixed(1)}s\n`,
    );
  }
  writeFileSync(indexPath, `${JSON.stringify({ fingerprint, modules })}\n`);
  const referenced = new Set(Object.values(modules));
  let removed = 0;
  for (const file of readdirSync(outputDirectory)) {
    // A module's code caches (src/schema/code-cache.ts) go with it.
    const module = file.endsWith('.v8cache') ? `${file.slice(0, file.indexOf('.'))}.cjs.gz` : file;
    if (/\.(cjs(\.gz)?|v8cache)$/.test(file) && !referenced.has(module)) {
      rmSync(join(outputDirectory, file));
      removed++;
    }
  }
  process.stdout.write(
    `compile-schemas: ${written.size} modules (${(bytes / 1e6).toFixed(1)} MB) in ${outputDirectory}, ${removed} stale removed, ${((performance.now() - started) / 1000).toFixed(1)}s\n`,
  );
}

main();
