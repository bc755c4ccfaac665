import type { LoadProblem, ManifestLoader } from '../load/document.js';
import { FastManifestLoader } from '../load/fast-loader.js';
import { identityKey, identityOf, resourcesOf, type ObjectProblem, type Resource } from '../model/resource.js';
import { foreignFileReason } from '../model/foreign-files.js';
import type { Finding, ResourceIdentity, RuleSetting, Severity } from '../types.js';
import { allRules, ruleById } from './registry.js';
import { RunServices } from './run-services.js';
import { UpdateGate } from './update-gate.js';
import type { Rule, RuleContext, UpdatePair } from './rule.js';
import { RunContext, SharedContext } from './run-context.js';
import { Reach, reachesAny, runVisitors, visitorKindsOf, type VisitorKinds } from './visitor-dispatch.js';
import { loadContextInputs, loadInputCrds, type PreparedContext } from './context-inputs.js';
import { applySuppressions, type Reported } from './suppressions.js';
import {
  FINDINGS_PER_RULE_PER_RESOURCE,
  internalError,
  moreFindings,
  PositionQueue,
  pushReadingFinding,
  severityOf,
  toFinding,
} from './findings.js';
import { DEFAULT_KUBERNETES_VERSION, versionInRange, type KubernetesVersion } from '../release/versions.js';
import type { SchemaProblemClaim } from '../schema/problems.js';

export interface LintInput {
  /** The name findings are reported under: a path as the user gave it, or `<stdin>`. */
  file: string;
  text: string;
}

export interface LintOptions {
  kubernetesVersion?: KubernetesVersion;
  /** Severity overrides by rule id (`off` disables a rule). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Old versions of the resources, for the update rules (from --old, --base or the editor's HEAD). */
  old?: readonly LintInput[];
  /**
   * The namespace of objects that name none, as `kubectl apply -n` gives them: pairs a manifest
   * without a namespace with its live object. Absent: `default`, as kubectl without `-n`.
   */
  defaultNamespace?: string;
  reportUnusedDisable?: boolean;
  /** CustomResourceDefinition manifests (from --crd and the config's `crds`) for validating custom resources. */
  crds?: readonly LintInput[];
  /** The cluster's PodSecurity defaults for namespaces the input does not label (the config's `podSecurity`). */
  podSecurityDefaults?: Readonly<Record<string, string>>;
  /**
   * API versions off by default that the cluster serves (`--runtime-config=<group/version>=true`;
   * the config's `enabledApiVersions`), such as `resource.k8s.io/v1beta1`.
   */
  enabledApiVersions?: readonly string[];
  /** Only these rules run (tests use it to check one rule in isolation). */
  onlyRules?: readonly Rule[];
  /**
   * Run only the enabled rules that are also in this list: one pass of a run split in passes (the
   * language server re-runs per-resource rules per document and whole-input rules over the file).
   * Unlike `onlyRules`, the configuration decides what is enabled, and the enabled rules of the
   * other passes still count where rules interact (the schema problems a rule claims).
   */
  partition?: readonly Rule[];
  /**
   * `old`, `crds` and the CRDs of the whole input, read once by `prepareContext(options)` for many
   * runs that each lint a part of the input (the CLI lints a few folders at a time): each part then
   * sees the same context as if the whole input were linted at once, without reading it again.
   * `old` and `crds` stay set: they still say that there is such context.
   */
  context?: PreparedContext;
  loader?: ManifestLoader;
}

export interface FileResult {
  file: string;
  /** Why the file was skipped: another tool's YAML (Chart.yaml, kustomization.yaml, Helm values). */
  skipped?: string;
  findings: Finding[];
  /** Every object found in the file, in order (List items included). */
  resources: ResourceIdentity[];
}

export interface LintResult {
  files: FileResult[];
  /** With `old`: how many resources were paired with an old version (0 means no update was checked). */
  updatesChecked?: number;
}

const defaultLoader = new FastManifestLoader();

/** The visitors each rule returns, learned at its first `create` in the process (the same every time: `Rule.create`). */
const visitorKinds = new WeakMap<Rule, VisitorKinds>();

/** The rule that checks CRDs for what the API server refuses; it also runs on CRDs given as context. */
const CRD_SCHEMA_RULE_ID = 'schema/crd-schema-invalid';

/**
 * Reads the context inputs of `options` once, for `options.context` of the runs that each lint a
 * part of an input; `inputCrdFiles` are the input's files that may define CRDs, in input order.
 */
export function prepareContext(options: LintOptions, inputCrdFiles: readonly LintInput[]): PreparedContext {
  const loader = options.loader ?? defaultLoader;
  const inputCrds = loadInputCrds(inputCrdFiles, loader);
  return {
    old: loadContextInputs(options.old ?? [], 'old', loader, options.rules),
    crds: options.crds ? loadContextInputs(options.crds, 'crds', loader, options.rules) : undefined,
    inputCrds: inputCrds.resources,
    inputCrdFiles: inputCrds.files,
  };
}

/** Lints texts: the one entry point the CLI, the language server and the tests share. */
export function lint(inputs: readonly LintInput[], options: LintOptions = {}): LintResult {
  const loader = options.loader ?? defaultLoader;
  const version = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const enabled = enabledRules(options, version);
  const rules = options.partition ? enabled.filter((rule) => options.partition?.includes(rule)) : enabled;
  const loaded = inputs.map((input) => {
    const read = options.context?.inputCrdFiles?.get(input.file);
    return read?.text === input.text ? read : loader.load(input.file, input.text);
  });
  const collected = new Map<string, Reported[]>(loaded.map((file) => [file.file, []]));
  const identities = new Map<string, ResourceIdentity[]>();
  const byFile = new Map<string, Resource[]>();
  const all: Resource[] = [];

  const skipped = new Map<string, string>();
  for (const file of loaded) {
    const foreign = foreignFileReason(file.file, file.documents);
    if (foreign) {
      skipped.set(file.file, foreign);
      continue;
    }
    const findings = collected.get(file.file) ?? [];
    for (let at = 0; at < file.problems.length; at++)
      pushReadingFinding(findings, file.problems[at] as LoadProblem, options);
    for (const document of file.documents) {
      if (document.broken) continue;
      const { resources, problems } = resourcesOf(file.file, document);
      for (let at = 0; at < problems.length; at++) {
        const problem = problems[at] as ObjectProblem;
        pushReadingFinding(
          findings,
          { ruleId: 'manifest/not-an-object', message: problem.message, range: document.locate(problem.path) },
          options,
        );
      }
      // Appended one by one: spreading a List of 200,000 items into push() overflows the stack, and
      // copying the list per document made files of many documents quadratic.
      const known = identities.get(file.file) ?? [];
      const ofFile = byFile.get(file.file) ?? [];
      for (let at = 0; at < resources.length; at++) {
        const resource = resources[at] as Resource;
        all.push(resource);
        ofFile.push(resource);
        known.push(identityOf(resource));
      }
      identities.set(file.file, known);
      byFile.set(file.file, ofFile);
    }
  }

  const oldFiles = options.context?.old ?? loadContextInputs(options.old ?? [], 'old', loader, options.rules);
  const crdFiles =
    options.context?.crds ?? (options.crds ? loadContextInputs(options.crds, 'crds', loader, options.rules) : []);
  const updatePairs = pairWithOldVersions(
    all,
    oldFiles.flatMap((file) => file.resources),
    options.defaultNamespace,
  );
  const crds = options.crds ? crdFiles.flatMap((file) => file.resources) : undefined;
  // Context files that are not also linted get results of their own, for their reading problems
  // and for CRDs the API server would refuse (the CRD rule runs on them as on linted ones).
  const contextFiles = [...oldFiles, ...crdFiles].filter((context) => !collected.has(context.file.file));
  for (const context of contextFiles)
    collected.set(
      context.file.file,
      context.findings.map((finding) => ({ finding })),
    );
  const positions = new PositionQueue();
  // Overlaps between schema rules and the rules that report some schema problems in their own
  // words are settled by the rules that actually run: a rule turned off claims nothing.
  // A loop, not flatMap: few rules claim any, and this runs once per batch of the input.
  const schemaClaims: SchemaProblemClaim[] = [];
  for (let at = 0; at < enabled.length; at++) {
    const rule = enabled[at] as Rule;
    if (rule.meta.reportsSchemaProblems) schemaClaims.push(...rule.meta.reportsSchemaProblems);
  }
  const services = new RunServices(version, all, crds, schemaClaims, options.context?.inputCrds);
  const shared = new SharedContext(version, services, crds, options.podSecurityDefaults, options.enabledApiVersions);
  const contextFor = (report: RuleContext['report']): RuleContext => new RunContext(shared, report);
  const reach = new Reach(all);
  // Indexed loops here and above: lint() runs a few dozen times per run, too few for V8 to optimize
  // it early, and unoptimized for…of allocates an iterator result per step.
  for (let at = 0; at < rules.length; at++) {
    const rule = rules[at] as Rule;
    const reached = reach.of(rule.meta);
    // A rule known to visit nothing this part of the input has is not made at all: that is over
    // half of the rules of a batch of a few folders, and making them cost more than visiting.
    const kinds = visitorKinds.get(rule);
    if (kinds && !reachesAny(kinds, reached, updatePairs.size > 0)) continue;
    // Made at the rule's first report: most rules report nothing in a run.
    let reportedOn: Map<Resource, number> | undefined;
    const gate = new UpdateGate(
      (descriptor) => {
        reportedOn ??= new Map();
        const count = (reportedOn.get(descriptor.resource) ?? 0) + 1;
        reportedOn.set(descriptor.resource, count);
        // Counted before the finding is built, so the ones over the cap cost no positions or text.
        if (count > FINDINGS_PER_RULE_PER_RESOURCE) return;
        const finding = toFinding(rule, descriptor, options, positions);
        if (finding) collected.get(descriptor.resource.file)?.push({ finding, resource: descriptor.resource });
      },
      (pair) => services.updatedResource(pair),
      rule.meta.createOnly,
    );
    const visitors = rule.create(contextFor(gate.report));
    if (!kinds) visitorKinds.set(rule, visitorKindsOf(visitors));
    runVisitors(
      visitors,
      reached,
      updatePairs,
      (resource, error) => {
        collected.get(resource.file)?.push({ finding: internalError(rule, resource, error), resource });
      },
      gate,
    );
    if (!reportedOn) continue;
    for (const [resource, count] of reportedOn) {
      const more =
        count > FINDINGS_PER_RULE_PER_RESOURCE
          ? moreFindings(rule, resource, count - FINDINGS_PER_RULE_PER_RESOURCE, options)
          : undefined;
      if (more) collected.get(resource.file)?.push({ finding: more, resource });
    }
  }
  const crdRule = ruleById(CRD_SCHEMA_RULE_ID);
  const contextCrds = contextFiles.filter((context) => context.role === 'crds').flatMap((context) => context.resources);
  if (crdRule && severityOf(crdRule, options) !== 'off' && contextCrds.length > 0) {
    const visitors = crdRule.create(
      contextFor((descriptor) => {
        const finding = toFinding(crdRule, descriptor, options, positions);
        if (finding) collected.get(descriptor.resource.file)?.push({ finding, resource: descriptor.resource });
      }),
    );
    runVisitors(visitors, new Reach(contextCrds).of(crdRule.meta), new Map(), () => undefined);
  }
  positions.resolve();

  const files: FileResult[] = loaded.map((file) => ({
    file: file.file,
    ...(skipped.has(file.file) ? { skipped: skipped.get(file.file) } : {}),
    findings: applySuppressions(file, collected.get(file.file) ?? [], byFile.get(file.file) ?? [], {
      reportUnused: options.reportUnusedDisable,
      rules: options.rules,
    }),
    resources: identities.get(file.file) ?? [],
  }));
  for (const context of contextFiles) {
    const findings = applySuppressions(context.file, collected.get(context.file.file) ?? [], [], {
      rules: options.rules,
    });
    if (findings.length > 0) files.push({ file: context.file.file, findings, resources: [] });
  }
  return { files, ...(options.old ? { updatesChecked: updatePairs.size } : {}) };
}

/** The built-in rules enabled by each setting, by release: the same for every batch of a run. */
const enabledBuiltins = new Map<string, readonly Rule[]>();
/** Settings a process keeps the enabled rules of: the language server sees new ones at each configuration change. */
const ENABLED_SETTINGS_KEPT = 16;

/**
 * The rules that run: not turned off, and made for the release. For the built-in rules, worked out
 * once per settings and release rather than once per batch of the input: asking ~430 rules of
 * different shapes for their meta misses V8's inline caches, about 1% of a run of 43 batches.
 * `onlyRules` lists (tests, tools) are few rules, and may change between calls: always filtered.
 */
function enabledRules(options: LintOptions, version: KubernetesVersion): readonly Rule[] {
  const filter = (list: readonly Rule[]): readonly Rule[] =>
    list.filter((rule) => severityOf(rule, options) !== 'off' && versionInRange(version, rule.meta.versions));
  if (options.onlyRules) return filter(options.onlyRules);
  // By content: callers build the settings anew, and may change an object they passed before.
  const key = `${version}\u0000${JSON.stringify(options.rules ?? {})}`;
  let enabled = enabledBuiltins.get(key);
  if (!enabled) {
    enabled = filter(allRules);
    if (enabledBuiltins.size >= ENABLED_SETTINGS_KEPT) enabledBuiltins.clear();
    enabledBuiltins.set(key, enabled);
  }
  return enabled;
}

/** Matches each resource with its old version once, so the update rules do not each look it up. */
function pairWithOldVersions(
  resources: readonly Resource[],
  oldResources: readonly Resource[],
  defaultNamespace: string | undefined,
): Map<Resource, UpdatePair> {
  const pairs = new Map<Resource, UpdatePair>();
  if (oldResources.length === 0) return pairs;
  const key = (resource: Resource): string =>
    identityKey({
      group: resource.group,
      kind: resource.kind,
      name: resource.name,
      namespace: resource.namespace ?? defaultNamespace,
    });
  const byIdentity = new Map<string, Resource>();
  for (const resource of oldResources) {
    if (resource.name !== undefined) byIdentity.set(key(resource), resource);
  }
  for (const resource of resources) {
    const old = resource.name !== undefined ? byIdentity.get(key(resource)) : undefined;
    if (old) pairs.set(resource, { old, new: resource });
  }
  return pairs;
}

export type { Severity };
