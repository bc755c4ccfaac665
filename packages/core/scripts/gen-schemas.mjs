#!/usr/bin/env node
/**
 * Regenerates podlint's Kubernetes schemas from the API server's OpenAPI (v2) documents.
 *
 *   node packages/core/scripts/gen-schemas.mjs \
 *     1.29=<dir>/1.29/swagger.json … 1.36=<dir>/1.36/swagger.json \
 *     1.37=<k8s.io/kubernetes@v1.37.x>/api/openapi-spec/swagger.json \
 *     --enums 1.37=<k8s.io/kubernetes@v1.37.x>/pkg/generated/openapi/zz_generated.openapi.go
 *
 * Writes, into packages/core/schemas/:
 * - kubernetes.json: one merged document for every release. Each definition and property carries
 *   the releases it exists in (a bit mask over `releases`), so "added in 1.32" costs nothing.
 *   Descriptions are left out; `required` is the OpenAPI list (what the API server enforces is
 *   decided in src/schema/enforcement.ts, checked against the oracle).
 * - api-versions.json: the releases and apiVersions of kubernetes.json alone (read on every run).
 * - descriptions.json: the newest description of every definition and property, for hover.
 *
 * Closed value sets come from `enum` or from "Possible enum values:" in descriptions. Some
 * published documents drop both (1.37's swagger.json does); `--enums REL=zz_generated.openapi.go`
 * reads them from the generated Go source of that release instead, and releases with no enum
 * information at all borrow the nearest release's list for the same property.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const REF_PREFIX = '#/definitions/';

/** apiVersions that were beta before 1.24 and so are served by default although not GA. */
const BETA_SERVED_BY_DEFAULT = { 'flowcontrol.apiserver.k8s.io/v1beta3': true };

function parseArguments(argv) {
  const documents = [];
  const enumSources = new Map();
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--enums') {
      const [release, file] = splitPair(argv[++i] ?? '');
      enumSources.set(release, file);
    } else if (argument === '--out') {
      return fail('--out is not supported: the schemas always go to packages/core/schemas');
    } else {
      const [release, file] = splitPair(argument);
      documents.push({ release, file });
    }
  }
  if (documents.length === 0) fail('usage: gen-schemas.mjs REL=swagger.json… [--enums REL=zz_generated.openapi.go]');
  documents.sort((a, b) => compareReleases(a.release, b.release));
  return { documents, enumSources };
}

function splitPair(text) {
  const eq = text.indexOf('=');
  if (eq <= 0 || !/^1\.\d+$/.test(text.slice(0, eq)))
    fail(`expected RELEASE=FILE (e.g. 1.31=swagger.json), got "${text}"`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

function fail(message) {
  process.stderr.write(`gen-schemas: ${message}\n`);
  process.exit(2);
}

function compareReleases(a, b) {
  return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}

/** The kinds a release serves: every collection path that creates objects, with its body's definition. */
function servedKinds(document) {
  const kinds = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const post = item.post;
    const gvk = post?.['x-kubernetes-group-version-kind'];
    if (!gvk || /\{name\}/.test(path)) continue;
    const body = (post.parameters ?? []).find((parameter) => parameter.in === 'body');
    const ref = body?.schema?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX)) continue;
    const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
    const key = `${apiVersion}\u0000${gvk.kind}`;
    const namespaced = path.includes('/namespaces/{namespace}/');
    const known = kinds.get(key);
    kinds.set(key, {
      apiVersion,
      kind: gvk.kind,
      definition: ref.slice(REF_PREFIX.length),
      namespaced: namespaced || (known?.namespaced ?? false),
    });
  }
  return kinds;
}

function enumFromDescription(description) {
  const match = /Possible enum values:([\s\S]*)$/.exec(description ?? '');
  if (!match) return undefined;
  const values = [...match[1].matchAll(/^ - `"((?:[^"\\]|\\.)*)"`/gm)].map((m) => JSON.parse(`"${m[1]}"`));
  return values.length ? values : undefined;
}

/**
 * A property schema without descriptions and vendor noise, in the compact form podlint reads:
 * `$ref`, `type`, `format`, `items`, `additionalProperties`, `enum`, `listType`, `listMapKeys`,
 * `mapType`, `preserveUnknownFields`.
 */
function compactSchema(schema, enumLookup) {
  const out = {};
  if (typeof schema.$ref === 'string') out.$ref = schema.$ref.slice(REF_PREFIX.length);
  if (schema.type !== undefined) out.type = schema.type;
  if (schema.format !== undefined) out.format = schema.format;
  if (schema.items) out.items = compactSchema(schema.items, enumLookup?.items);
  if (schema.additionalProperties !== undefined) {
    out.additionalProperties =
      typeof schema.additionalProperties === 'object'
        ? compactSchema(schema.additionalProperties)
        : schema.additionalProperties;
  }
  const values = schema.enum ?? enumFromDescription(schema.description) ?? enumLookup?.values;
  if (values) out.enum = [...new Set(values.map(String))].sort();
  if (schema['x-kubernetes-list-type']) out.listType = schema['x-kubernetes-list-type'];
  if (schema['x-kubernetes-list-map-keys']) out.listMapKeys = schema['x-kubernetes-list-map-keys'];
  if (schema['x-kubernetes-map-type']) out.mapType = schema['x-kubernetes-map-type'];
  if (schema['x-kubernetes-preserve-unknown-fields']) out.preserveUnknownFields = true;
  if (schema['x-kubernetes-int-or-string']) out.format = 'int-or-string';
  return out;
}

/**
 * Enum lists from the generated Go OpenAPI code (`zz_generated.openapi.go`): per function (one
 * per definition), per property, the `Enum:` of the property or of its items.
 */
function enumsFromGoSource(file) {
  const text = readFileSync(file, 'utf8');
  const byFunction = new Map();
  let currentFunction;
  let currentProperty;
  let sawItems = false;
  for (const line of text.split('\n')) {
    const fn = /^func schema_(\w+)\(ref common\.ReferenceCallback\)/.exec(line);
    if (fn) {
      currentFunction = new Map();
      byFunction.set(fn[1], currentFunction);
      currentProperty = undefined;
      continue;
    }
    const property = /^\t{5}"([^"]+)": \{$/.exec(line);
    if (property && currentFunction) {
      currentProperty = property[1];
      sawItems = false;
      continue;
    }
    if (/^\t{6,}Items: /.test(line)) sawItems = true;
    const values = /^\t+Enum:\s+\[\]interface\{\}\{(.*)\},$/.exec(line);
    if (values && currentFunction && currentProperty) {
      const parsed = JSON.parse(`[${values[1]}]`);
      const entry = currentFunction.get(currentProperty) ?? {};
      if (sawItems) entry.items = { values: parsed };
      else entry.values = parsed;
      currentFunction.set(currentProperty, entry);
    }
  }
  return byFunction;
}

/** Finds the Go function of a definition: `io.k8s.api.core.v1.Container` ↔ `schema_k8sio_api_core_v1_Container`. */
function goFunctionFor(definition, functions) {
  const flat = definition.replace(/^io\.k8s\./, '').replace(/[.\-/]/g, '_');
  if (functions.has(`k8sio_${flat}`)) return functions.get(`k8sio_${flat}`);
  for (const [name, properties] of functions) {
    const tail = name.replace(/^k8sio_/, '');
    if (flat.endsWith(`_${tail}`) || flat === tail) return properties;
  }
  return undefined;
}

function closure(definitions, roots) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop();
    if (seen.has(name) || !definitions[name]) continue;
    seen.add(name);
    JSON.stringify(definitions[name], (key, value) => {
      if (key === '$ref' && typeof value === 'string') stack.push(value.slice(REF_PREFIX.length));
      return value;
    });
  }
  return seen;
}

/** Groups per-release values that are equal (as JSON) into variants with a release mask. */
function variantsOf(perRelease) {
  const groups = new Map();
  for (const [index, value] of perRelease) {
    const key = JSON.stringify(value);
    const group = groups.get(key) ?? { value, mask: 0 };
    group.mask |= 1 << index;
    groups.set(key, group);
  }
  return [...groups.values()];
}

function main() {
  const { documents, enumSources } = parseArguments(process.argv.slice(2));
  const releases = documents.map((d) => d.release);
  const loaded = documents.map(({ release, file }) => {
    const document = JSON.parse(readFileSync(file, 'utf8'));
    const goEnums = enumSources.has(release) ? enumsFromGoSource(enumSources.get(release)) : undefined;
    return { release, document, goEnums, hasEnums: false, kinds: servedKinds(document) };
  });

  // Kinds and the apiVersions that serve them, per release.
  const apiVersions = {};
  loaded.forEach(({ kinds }, index) => {
    for (const { apiVersion, kind, definition, namespaced } of kinds.values()) {
      const entry = (apiVersions[apiVersion] ??= { r: 0, kinds: {} });
      entry.r |= 1 << index;
      const kindEntry = (entry.kinds[kind] ??= { definition, r: 0, namespaced });
      kindEntry.r |= 1 << index;
      if (kindEntry.definition !== definition) fail(`${apiVersion} ${kind} changes definition between releases`);
    }
  });
  for (const [apiVersion, entry] of Object.entries(apiVersions)) {
    const version = apiVersion.split('/').pop();
    if (/(alpha|beta)/.test(version) && !BETA_SERVED_BY_DEFAULT[apiVersion]) entry.optIn = true;
  }

  // Per release: every definition reachable from a kind, compacted.
  const perDefinition = new Map();
  loaded.forEach(({ document, kinds, goEnums }, index) => {
    const roots = [...kinds.values()].map((k) => k.definition);
    for (const name of closure(document.definitions, roots)) {
      const definition = document.definitions[name];
      const goProperties = goEnums ? goFunctionFor(name, goEnums) : undefined;
      const properties = {};
      for (const [property, schema] of Object.entries(definition.properties ?? {})) {
        properties[property] = compactSchema(schema, goProperties?.get(property));
      }
      const compact = {
        ...compactSchema({ ...definition, properties: undefined, description: undefined }),
        properties,
        required: definition.required ?? [],
      };
      if (!definition.properties) delete compact.properties;
      const entry = perDefinition.get(name) ?? [];
      entry.push([index, compact]);
      perDefinition.set(name, entry);
    }
  });
  // A document "has enums" when it lists closed value sets at all (a stray `enum` is not enough).
  loaded.forEach((release, index) => {
    let count = 0;
    for (const versions of perDefinition.values()) {
      const definition = versions.find(([i]) => i === index)?.[1];
      for (const schema of Object.values(definition?.properties ?? {})) if (schema.enum || schema.items?.enum) count++;
    }
    release.hasEnums = count > 20;
  });

  borrowMissingEnums(perDefinition, loaded);

  const allReleases = (1 << releases.length) - 1;
  const definitions = {};
  for (const name of [...perDefinition.keys()].sort()) {
    const versions = perDefinition.get(name);
    const mask = versions.reduce((m, [index]) => m | (1 << index), 0);
    const latest = versions[versions.length - 1][1];
    const merged = {};
    if (mask !== allReleases) merged.r = mask;
    for (const key of ['type', 'format', 'enum', 'preserveUnknownFields'])
      if (latest[key] !== undefined) merged[key] = latest[key];
    const propertyNames = new Set(versions.flatMap(([, d]) => Object.keys(d.properties ?? {})));
    if (propertyNames.size || latest.properties) merged.properties = {};
    for (const property of [...propertyNames].sort()) {
      const present = versions.filter(([, d]) => d.properties?.[property]);
      const propertyMask = present.reduce((m, [index]) => m | (1 << index), 0);
      const requiredMask = present
        .filter(([, d]) => d.required.includes(property))
        .reduce((m, [index]) => m | (1 << index), 0);
      const variants = variantsOf(present.map(([index, d]) => [index, d.properties[property]]));
      let schema;
      if (variants.length === 1) {
        schema = { ...variants[0].value };
        if (propertyMask !== mask) schema.r = propertyMask;
      } else {
        schema = { variants: variants.map(({ value, mask: m }) => ({ ...value, r: m })) };
        if (propertyMask !== mask) schema.r = propertyMask;
      }
      if (requiredMask) schema.required = requiredMask === propertyMask ? true : requiredMask;
      merged.properties[property] = schema;
    }
    definitions[name] = merged;
  }

  const output = {
    comment: 'Generated by packages/core/scripts/gen-schemas.mjs from the Kubernetes OpenAPI documents; do not edit.',
    releases,
    sources: Object.fromEntries(
      loaded.map(({ release, document }) => [release, document.info?.version ?? 'unversioned']),
    ),
    apiVersions: sortKeys(apiVersions),
    definitions,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'kubernetes.json'), `${JSON.stringify(output)}\n`);
  // The kinds alone, so a run that meets no schema error never parses the definitions.
  const kindIndex = { comment: output.comment, releases, apiVersions: output.apiVersions };
  writeFileSync(join(OUT_DIR, 'api-versions.json'), `${JSON.stringify(kindIndex)}\n`);
  writeFileSync(join(OUT_DIR, 'descriptions.json'), `${JSON.stringify(descriptionsOf(loaded, definitions))}\n`);
  const kindCount = Object.values(apiVersions).reduce((n, v) => n + Object.keys(v.kinds).length, 0);
  process.stdout.write(
    `gen-schemas: ${releases.join(', ')}: ${Object.keys(apiVersions).length} apiVersions, ${kindCount} kinds, ${Object.keys(definitions).length} definitions\n`,
  );
}

/**
 * A release whose document has no enum information takes the list of the nearest release that
 * has one for the same property (newer first), when the rest of the property is the same.
 */
function borrowMissingEnums(perDefinition, loaded) {
  const withEnums = loaded.map((l, index) => (l.hasEnums ? index : -1)).filter((index) => index >= 0);
  if (withEnums.length === 0) return;
  for (const versions of perDefinition.values()) {
    for (const [index, definition] of versions) {
      if (loaded[index].hasEnums) continue;
      for (const [property, schema] of Object.entries(definition.properties ?? {})) {
        const donors = [...withEnums].sort((a, b) => Math.abs(a - index) - Math.abs(b - index) || b - a);
        for (const donorIndex of donors) {
          const donor = versions.find(([i]) => i === donorIndex)?.[1]?.properties?.[property];
          if (!donor) continue;
          if (donor.enum && sameShape(donor, schema)) schema.enum = donor.enum;
          if (donor.items?.enum && schema.items && sameShape(donor.items, schema.items))
            schema.items.enum = donor.items.enum;
          break;
        }
      }
    }
  }
}

function sameShape(a, b) {
  const strip = (s) => JSON.stringify({ ...s, enum: undefined, items: undefined, listType: undefined });
  return strip(a) === strip(b);
}

function descriptionsOf(loaded, definitions) {
  const out = {};
  for (const name of Object.keys(definitions)) {
    const entry = {};
    for (const { document } of loaded) {
      const definition = document.definitions[name];
      if (!definition) continue;
      if (definition.description) entry[''] = definition.description;
      for (const [property, schema] of Object.entries(definition.properties ?? {})) {
        if (schema.description) entry[property] = schema.description;
      }
    }
    out[name] = entry;
  }
  return out;
}

function sortKeys(object) {
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, object[key]]),
  );
}

main();
