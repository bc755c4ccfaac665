/**
 * Where the API server's validation lives: the Go packages the ledger scans, found through the Go
 * module cache (`go env GOMODCACHE`) at the versions test/oracle builds against.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanGoFile, type ErrorCallSite, type GoFunction } from './go-scanner.js';

export const KUBERNETES_MODULE = 'k8s.io/kubernetes@v1.37.2';
export const APIMACHINERY_MODULE = 'k8s.io/apimachinery@v0.37.2';
export const APIEXTENSIONS_MODULE = 'k8s.io/apiextensions-apiserver@v0.37.2';

export interface GoPackage {
  /** Go import path. */
  path: string;
  /** The ledger's row: `core`, `apps`…, `object-meta`, or `<group> (declarative <version>)`. */
  group: string;
  declarative: boolean;
  /** Path of each scanned file relative to the module cache. */
  files: string[];
  functions: Array<GoFunction & { file: string }>;
  callSites: Array<ErrorCallSite & { file: string }>;
  calls: Map<string, Set<string>>;
}

export function moduleCache(): string {
  const fromEnvironment = process.env.GOMODCACHE;
  if (fromEnvironment) return fromEnvironment;
  return execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
}

function goFiles(directory: string, declarative: boolean): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) =>
      declarative
        ? name === 'zz_generated.validations.go'
        : name.endsWith('.go') && !name.endsWith('_test.go') && !name.startsWith('zz_generated'),
    )
    .sort();
}

function scanPackage(
  cache: string,
  module: string,
  directory: string,
  group: string,
  declarative: boolean,
  only?: readonly string[],
): GoPackage | undefined {
  const absolute = join(cache, module, directory);
  const files = goFiles(absolute, declarative).filter((name) => !only || only.includes(name));
  if (files.length === 0) return undefined;
  const modulePath = module.slice(0, module.indexOf('@'));
  const result: GoPackage = {
    path: `${modulePath}/${directory}`,
    group,
    declarative,
    files: [],
    functions: [],
    callSites: [],
    calls: new Map(),
  };
  for (const name of files) {
    const file = `${module}/${directory}/${name}`;
    const scanned = scanGoFile(readFileSync(join(absolute, name), 'utf8'), { declarative });
    result.files.push(file);
    result.functions.push(...scanned.functions.map((fn) => ({ ...fn, file })));
    result.callSites.push(...scanned.callSites.map((site) => ({ ...site, file })));
    for (const [caller, callees] of scanned.calls) result.calls.set(caller, callees);
  }
  return result;
}

/** Every package of the ledger, hand-written validation first, then the declarative validation. */
export function scanValidationPackages(cache = moduleCache()): GoPackage[] {
  const kubernetes = join(cache, KUBERNETES_MODULE);
  if (!existsSync(kubernetes))
    throw new Error(`${KUBERNETES_MODULE} is not in the Go module cache (${cache}); run \`pnpm oracle:build\` first`);
  const packages: GoPackage[] = [];
  const groups = readdirSync(join(kubernetes, 'pkg', 'apis'))
    .filter((name) => existsSync(join(kubernetes, 'pkg', 'apis', name, 'validation')))
    .sort();
  for (const group of groups) {
    const scanned = scanPackage(cache, KUBERNETES_MODULE, `pkg/apis/${group}/validation`, group, false);
    if (scanned) packages.push(scanned);
  }
  const objectMeta: Array<[string, string[] | undefined]> = [
    ['pkg/api/validation', ['objectmeta.go', 'generic.go']],
    ['pkg/apis/meta/v1/validation', undefined],
    ['pkg/util/validation', undefined],
  ];
  for (const [directory, only] of objectMeta) {
    const scanned = scanPackage(cache, APIMACHINERY_MODULE, directory, 'object-meta', false, only);
    if (scanned) packages.push(scanned);
  }
  // CustomResourceDefinitions are validated by the apiextensions-apiserver module, not by k8s.io/kubernetes.
  const apiextensions = scanPackage(
    cache,
    APIEXTENSIONS_MODULE,
    'pkg/apis/apiextensions/validation',
    'apiextensions',
    false,
  );
  if (apiextensions) packages.push(apiextensions);
  for (const group of readdirSync(join(kubernetes, 'pkg', 'apis'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    const groupDirectory = join(kubernetes, 'pkg', 'apis', group);
    for (const version of readdirSync(groupDirectory)
      .filter((name) => /^v\d/.test(name))
      .sort()) {
      const scanned = scanPackage(
        cache,
        KUBERNETES_MODULE,
        `pkg/apis/${group}/${version}`,
        `${group} (declarative ${version})`,
        true,
      );
      if (scanned && scanned.callSites.length > 0) packages.push(scanned);
    }
  }
  const metaDeclarative = scanPackage(
    cache,
    APIMACHINERY_MODULE,
    'pkg/apis/meta/v1/validation',
    'object-meta (declarative)',
    true,
  );
  if (metaDeclarative && metaDeclarative.callSites.length > 0) packages.push(metaDeclarative);
  return packages;
}
