/**
 * The coverage ledger: every error call site of the API server's validation, each either mirrored
 * by a podlint rule (its `meta.sources`, or until every rule has them, the free-text `meta.source`),
 * out of reach for a linter of manifests (with the reason, from out-of-reach.yaml), or still to do.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { YamlManifestLoader, type ApiSource, type Rule } from '../../packages/core/src/index.js';
import type { GoPackage } from './sources.js';

export type Category = 'cluster-state' | 'status-only' | 'kind-not-judged' | 'not-reachable';

export interface OutOfReachEntry {
  /** Regular expression (anchored) over the ledger group (`core`, `apps (declarative v1beta1)`…). */
  group?: string;
  /** Regular expression (anchored) over the function name. */
  function?: string;
  type?: string;
  field?: string;
  category: Category;
  reason: string;
}

export interface LedgerSite {
  package: string;
  group: string;
  function: string;
  type: string;
  field?: string;
  file: string;
  line: number;
  /** Rule ids that mirror it. */
  mirroredBy: string[];
  /** How the first mirroring rule names it: structured `sources` or the free-text `source`. */
  via?: 'sources' | 'source text';
  outOfReach?: { category: Category; reason: string };
}

export interface PackageSummary {
  group: string;
  package: string;
  callSites: number;
  mirrored: number;
  outOfReach: Partial<Record<Category, number>>;
  toDo: number;
}

export interface Ledger {
  sites: LedgerSite[];
  packages: PackageSummary[];
  /** Rules whose free-text `source` named at least one scanned function. */
  freeTextRulesMatched: number;
  freeTextRules: number;
  /** Structured sources that name a function the scanned package does not have: a mistake in the rule. */
  unknownSources: Array<{ rule: string; source: ApiSource; problem: string }>;
  /**
   * Structured sources the ledger cannot place on a call site: a package it does not scan (registry
   * strategies, admission, decoding), or a type and field no call site of the function shows (the
   * error is built in a helper the function calls, or the field comes from the caller). They give
   * the rule no ledger credit, which under-reports rather than overstates coverage.
   */
  unplacedSources: Array<{ rule: string; source: ApiSource; problem: string }>;
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadOutOfReach(path = join(here, 'out-of-reach.yaml')): OutOfReachEntry[] {
  const loaded = new YamlManifestLoader().load(path, readFileSync(path, 'utf8'));
  const value = loaded.documents[0]?.value;
  if (!Array.isArray(value)) throw new Error(`${path}: expected a list of entries`);
  return value as OutOfReachEntry[];
}

function functionKey(packagePath: string, name: string): string {
  return `${packagePath}#${name}`;
}

function anchored(pattern: string | undefined, value: string | undefined): boolean {
  return pattern === undefined || new RegExp(`^(?:${pattern})$`).test(value ?? '');
}

function siteMatchesSource(site: LedgerSite, source: ApiSource): boolean {
  return (
    (site.package === source.package || site.package.endsWith(`/${source.package}`)) &&
    site.function === source.function &&
    (source.type === undefined || site.type === source.type) &&
    // `field: ''` names the call sites that report at the function's own path (no `Child` of theirs).
    (source.field === undefined || (site.field ?? '') === source.field)
  );
}

/**
 * The scanned functions a free-text `source` names: every identifier of it that is a function of a
 * hand-written validation package; when it names a package (`pkg/apis/core/validation`,
 * `apimachinery`), only functions of those packages.
 */
function functionsNamedInText(
  text: string,
  packages: readonly GoPackage[],
): Array<{ package: string; function: string }> {
  const hinted = packages.filter(
    (pkg) =>
      !pkg.declarative &&
      (text.includes(pkg.path.replace(/^k8s\.io\/(kubernetes|apimachinery)\//, '')) ||
        (pkg.group === 'object-meta' && text.includes('apimachinery'))),
  );
  const candidates = hinted.length > 0 ? hinted : packages.filter((pkg) => !pkg.declarative);
  const named: Array<{ package: string; function: string }> = [];
  for (const identifier of new Set(text.match(/[A-Za-z_]\w*/g) ?? [])) {
    for (const pkg of candidates)
      if (pkg.functions.some((fn) => fn.name === identifier)) named.push({ package: pkg.path, function: identifier });
  }
  return named;
}

/**
 * Functions whose every caller in the scanned packages is out of reach are out of reach for the
 * same reason (a helper only status validation calls is status-only): a fixed point over the calls.
 */
function inheritReasons(
  packages: readonly GoPackage[],
  reasons: Map<string, { category: Category; reason: string }>,
): void {
  // Callees are known by bare name only (the scanner does not resolve imports), so a call reaches
  // every scanned function of that name.
  const callers = new Map<string, string[]>();
  for (const pkg of packages) {
    for (const [caller, callees] of pkg.calls) {
      for (const callee of callees)
        if (callee !== caller.split('.').pop())
          callers.set(callee, [...(callers.get(callee) ?? []), functionKey(pkg.path, caller)]);
    }
  }
  const functionsWithSites = new Set(
    packages.flatMap((pkg) => pkg.callSites.map((site) => functionKey(pkg.path, site.function))),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const name of functionsWithSites) {
      if (reasons.has(name)) continue;
      const bare =
        name
          .slice(name.indexOf('#') + 1)
          .split('.')
          .pop() ?? name;
      const list = callers.get(bare) ?? [];
      if (list.length === 0 || !list.every((caller) => reasons.has(caller))) continue;
      const first = reasons.get(list[0] ?? '');
      if (!first) continue;
      const shown = [...new Set(list)].map((caller) => caller.slice(caller.indexOf('#') + 1));
      reasons.set(name, {
        category: first.category,
        reason: `only called from ${shown.slice(0, 2).join(', ')}${shown.length > 2 ? ', …' : ''}: ${first.reason.replace(/^only called from [^:]*: /, '')}`,
      });
      changed = true;
    }
  }
}

export function buildLedger(
  packages: readonly GoPackage[],
  rules: readonly Rule[],
  outOfReach: readonly OutOfReachEntry[],
): Ledger {
  const sites: LedgerSite[] = packages.flatMap((pkg) =>
    pkg.callSites.map((site) => ({
      package: pkg.path,
      group: pkg.group,
      function: site.function,
      type: site.type,
      ...(site.field !== undefined ? { field: site.field } : {}),
      file: site.file,
      line: site.line,
      mirroredBy: [],
    })),
  );

  // Reasons by function from the data file, then inherited by helpers only those functions call.
  const byFunction = new Map<string, { category: Category; reason: string }>();
  for (const pkg of packages) {
    for (const fn of pkg.functions) {
      const entry = outOfReach.find(
        (candidate) =>
          candidate.type === undefined &&
          candidate.field === undefined &&
          anchored(candidate.group, pkg.group) &&
          anchored(candidate.function, fn.name),
      );
      if (entry) byFunction.set(functionKey(pkg.path, fn.name), { category: entry.category, reason: entry.reason });
    }
  }
  inheritReasons(
    packages.filter((pkg) => !pkg.declarative),
    byFunction,
  );
  for (const site of sites) {
    const precise = outOfReach.find(
      (entry) =>
        (entry.type !== undefined || entry.field !== undefined) &&
        anchored(entry.group, site.group) &&
        anchored(entry.function, site.function) &&
        anchored(entry.type, site.type) &&
        anchored(entry.field, site.field),
    );
    const entry =
      precise ??
      outOfReach.find(
        (candidate) =>
          candidate.type === undefined &&
          candidate.field === undefined &&
          anchored(candidate.group, site.group) &&
          anchored(candidate.function, site.function),
      );
    const reason = entry
      ? { category: entry.category, reason: entry.reason }
      : site.group.includes('declarative')
        ? undefined
        : byFunction.get(functionKey(site.package, site.function));
    if (reason) site.outOfReach = reason;
  }

  const unknownSources: Ledger['unknownSources'] = [];
  const unplacedSources: Ledger['unplacedSources'] = [];
  let freeTextRules = 0;
  let freeTextRulesMatched = 0;
  for (const rule of rules) {
    const { sources, source, id } = rule.meta;
    if (sources && sources.length > 0) {
      for (const apiSource of sources) {
        // apimachinery's meta/v1/validation holds hand-written and declarative validation: two packages, one path.
        const candidates = packages.filter(
          (candidate) => candidate.path === apiSource.package || candidate.path.endsWith(`/${apiSource.package}`),
        );
        const pkg =
          candidates.find((candidate) => candidate.functions.some((fn) => fn.name === apiSource.function)) ??
          candidates[0];
        if (!pkg)
          unplacedSources.push({ rule: id, source: apiSource, problem: `package ${apiSource.package} is not scanned` });
        else if (!pkg.functions.some((fn) => fn.name === apiSource.function))
          unknownSources.push({
            rule: id,
            source: apiSource,
            problem: `no function ${apiSource.function} in ${pkg.path}`,
          });
        const matched = sites.filter((site) => siteMatchesSource(site, apiSource));
        if (
          pkg &&
          pkg.functions.some((fn) => fn.name === apiSource.function) &&
          matched.length === 0 &&
          (apiSource.type !== undefined || apiSource.field !== undefined)
        ) {
          unplacedSources.push({
            rule: id,
            source: apiSource,
            problem: `no call site of ${apiSource.function} has${apiSource.type ? ` type ${apiSource.type}` : ''}${apiSource.field ? ` field ${apiSource.field}` : ''}`,
          });
        }
        for (const site of matched) {
          site.mirroredBy.push(id);
          site.via ??= 'sources';
        }
      }
    } else if (source) {
      freeTextRules++;
      const named = functionsNamedInText(source, packages);
      if (named.length > 0) freeTextRulesMatched++;
      for (const { package: path, function: name } of named) {
        for (const site of sites) {
          if (site.package !== path || site.function !== name) continue;
          site.mirroredBy.push(id);
          site.via ??= 'source text';
        }
      }
    }
  }

  const summaries = new Map<string, PackageSummary>();
  for (const site of sites) {
    const summaryKey = `${site.group}\u0000${site.package}`;
    const summary = summaries.get(summaryKey) ?? {
      group: site.group,
      package: site.package,
      callSites: 0,
      mirrored: 0,
      outOfReach: {},
      toDo: 0,
    };
    summary.callSites++;
    if (site.mirroredBy.length > 0) summary.mirrored++;
    else if (site.outOfReach)
      summary.outOfReach[site.outOfReach.category] = (summary.outOfReach[site.outOfReach.category] ?? 0) + 1;
    else summary.toDo++;
    summaries.set(summaryKey, summary);
  }
  return {
    sites,
    packages: [...summaries.values()],
    freeTextRules,
    freeTextRulesMatched,
    unknownSources,
    unplacedSources,
  };
}
