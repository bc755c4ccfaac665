import type { LoadedDocument, LoadProblem, ManifestLoader } from '../load/document.js';
import { FastManifestLoader } from '../load/fast-loader.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { identityKey, identityOf, resourcesOf, type Resource } from '../model/resource.js';
import { foreignFileReason } from '../model/foreign-files.js';
import { applyEdits, renderScalar } from '../fix/apply.js';
import type { Finding, Fix, ResourceIdentity, RuleSetting, Severity, SourceRange, TextEdit } from '../types.js';
import { allRules, ruleById } from './registry.js';
import { RunServices } from './run-services.js';
import { UpdateGate } from './update-gate.js';
import {
  defaultSetting,
  formatMessage,
  type FixIntent,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  type RuleVisitors,
  type UpdatePair,
} from './rule.js';
import { loadContextInputs, loadInputCrds, type PreparedContext } from './context-inputs.js';
import { applySuppressions, type Reported } from './suppressions.js';
import { DEFAULT_KUBERNETES_VERSION, versionInRange, type KubernetesVersion } from '../release/versions.js';

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

/**
 * Findings one rule reports on one resource before the rest are summed up in one last finding
 * ("and N more"). Pairwise checks on hostile input (thousands of containers on one port) could
 * otherwise report enough to exhaust memory; no one reads past the first hundred anyway.
 */
export const FINDINGS_PER_RULE_PER_RESOURCE = 100;

/** The rule that checks CRDs for what the API server refuses; it also runs on CRDs given as context. */
const CRD_SCHEMA_RULE_ID = 'schema/crd-schema-invalid';

/**
 * Reads the context inputs of `options` once, for `options.context` of the runs that each lint a
 * part of an input; `inputCrdFiles` are the input's files that may define CRDs, in input order.
 */
export function prepareContext(options: LintOptions, inputCrdFiles: readonly LintInput[]): PreparedContext {
  const loader = options.loader ?? defaultLoader;
  return {
    old: loadContextInputs(options.old ?? [], 'old', loader, options.rules),
    crds: options.crds ? loadContextInputs(options.crds, 'crds', loader, options.rules) : undefined,
    inputCrds: loadInputCrds(inputCrdFiles, loader),
  };
}

/** Lints texts: the one entry point the CLI, the language server and the tests share. */
export function lint(inputs: readonly LintInput[], options: LintOptions = {}): LintResult {
  const loader = options.loader ?? defaultLoader;
  const version = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const enabled = (options.onlyRules ?? allRules).filter(
    (rule) => severityOf(rule, options) !== 'off' && versionInRange(version, rule.meta.versions),
  );
  const rules = options.partition ? enabled.filter((rule) => options.partition?.includes(rule)) : enabled;
  const loaded = inputs.map((input) => loader.load(input.file, input.text));
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
    for (const problem of file.problems) pushReadingFinding(findings, problem, options);
    for (const document of file.documents) {
      if (document.broken) continue;
      const { resources, problems } = resourcesOf(file.file, document);
      for (const problem of problems) {
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
      for (const resource of resources) {
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
  const schemaClaims = enabled.flatMap((rule) => rule.meta.reportsSchemaProblems ?? []);
  const services = new RunServices(version, all, crds, schemaClaims, options.context?.inputCrds);
  const contextFor = (report: RuleContext['report']): RuleContext => ({
    kubernetesVersion: version,
    ...(crds ? { crds } : {}),
    ...(options.podSecurityDefaults ? { podSecurityDefaults: options.podSecurityDefaults } : {}),
    ...(options.enabledApiVersions ? { enabledApiVersions: options.enabledApiVersions } : {}),
    get serviceIndex() {
      return services.serviceIndex;
    },
    get schema() {
      return services.schema;
    },
    updateView: (pair) => services.updateView(pair),
    report,
  });
  for (const rule of rules) {
    const reportedOn = new Map<Resource, number>();
    const gate = new UpdateGate(
      (descriptor) => {
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
    runVisitors(
      visitors,
      all,
      updatePairs,
      (resource, error) => {
        collected.get(resource.file)?.push({ finding: internalError(rule, resource, error), resource });
      },
      gate,
    );
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
    runVisitors(visitors, contextCrds, new Map(), () => undefined);
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

function runVisitors(
  visitors: RuleVisitors,
  resources: readonly Resource[],
  updatePairs: ReadonlyMap<Resource, UpdatePair>,
  onError: (resource: Resource, error: unknown) => void,
  gate?: UpdateGate,
): void {
  const visit = (resource: Resource): void => {
    visitors.resource?.(resource);
    if (visitors.podSpec) for (const site of resource.podSpecs) visitors.podSpec(site, resource);
  };
  for (const resource of resources) {
    try {
      const pair = updatePairs.get(resource);
      // An update is validated as the API server sees it, not as the manifest reads (UpdateGate).
      if (pair && gate) gate.visit(pair, visit);
      else visit(resource);
      if (pair) visitors.update?.(pair);
    } catch (error) {
      onError(resource, error);
    }
  }
  if (visitors.input) {
    try {
      visitors.input(resources);
    } catch (error) {
      const first = resources[0];
      if (first) onError(first, error);
    }
  }
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

/** Rules chosen by `onlyRules` (tests, tools) run even when they are not recommended. */
function severityOf(rule: Rule, options: LintOptions): RuleSetting {
  return options.rules?.[rule.meta.id] ?? (options.onlyRules ? rule.meta.severity : defaultSetting(rule));
}

function toFinding(
  rule: Rule,
  descriptor: ReportDescriptor,
  options: LintOptions,
  positions: PositionQueue,
): Finding | undefined {
  const severity = severityOf(rule, options);
  if (severity === 'off') return undefined;
  const { resource } = descriptor;
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity,
    message: formatMessage(rule.meta, descriptor),
    ...(descriptor.messageId !== undefined ? { messageId: descriptor.messageId } : {}),
    path: formatPath(descriptor.path),
    range: UNRESOLVED,
    resource: identityOf(resource),
  };
  positions.later(resource.document, () => {
    finding.range = locate(resource, descriptor.path);
    const fix = descriptor.fix ? toFix(resource, descriptor.fix) : undefined;
    if (fix) finding.fix = fix;
  });
  if (descriptor.related?.length) {
    const related = descriptor.related.map((entry) => ({
      file: (entry.resource ?? resource).file,
      message: entry.message,
      path: formatPath(entry.path),
      range: UNRESOLVED,
    }));
    finding.related = related;
    descriptor.related.forEach((entry, i) => {
      const owner = entry.resource ?? resource;
      positions.later(owner.document, () => {
        const target = related[i];
        if (target) target.range = locate(owner, entry.path);
      });
    });
  }
  return finding;
}

const UNRESOLVED: SourceRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Positions are resolved after every rule has run, document by document. A file too large to keep
 * its syntax trees parses a document again to find a position; rules report rule by rule, so
 * resolving each finding at once parsed a large List again for every finding (quadratic: 8 MiB
 * took over a minute). Grouped by document, each is parsed again at most once.
 */
class PositionQueue {
  private readonly byDocument = new Map<LoadedDocument, Array<() => void>>();

  later(document: LoadedDocument, resolve: () => void): void {
    const queued = this.byDocument.get(document);
    if (queued) queued.push(resolve);
    else this.byDocument.set(document, [resolve]);
  }

  resolve(): void {
    for (const queued of this.byDocument.values()) for (const resolve of queued) resolve();
    this.byDocument.clear();
  }
}

export function locate(resource: Resource, path: FieldPath): SourceRange {
  return resource.document.locate([...resource.basePath, ...path]);
}

function toFix(resource: Resource, intent: FixIntent): Fix | undefined {
  const edits: TextEdit[] = [];
  const keyRenames: Array<{ from: string; to: string }> = [];
  for (const change of intent.replaceValues) {
    const range = resource.document.locateValue([...resource.basePath, ...change.path]);
    if (!range) return undefined;
    const span = replaceableSpan(resource.document.text, range.start.offset, range.end.offset);
    edits.push({
      start: span.start,
      end: span.end,
      text: renderScalar(change.value, resource.document.text.slice(span.start, span.end)) + span.keep,
    });
  }
  for (const rename of intent.renameKeys ?? []) {
    const range = resource.document.locate([...resource.basePath, ...rename.path]);
    // Only a key written exactly as its name (not quoted, not a parent found instead) is renamed.
    if (
      resource.document.text.slice(range.start.offset, range.end.offset) !== String(rename.path[rename.path.length - 1])
    )
      return undefined;
    edits.push({ start: range.start.offset, end: range.end.offset, text: rename.name });
    keyRenames.push({ from: String(rename.path[rename.path.length - 1]), to: rename.name });
  }
  return { description: intent.description, edits, ...(keyRenames.length > 0 ? { keyRenames } : {}) };
}

/**
 * The part of a scalar's source a fix may replace: never the line break that ends a block scalar
 * (`>-` and its lines, whose node range ends after the newline: replacing that pulled the next
 * line, a comment or a `---`, into the value), and a comment on a block scalar's header line is
 * kept after the new value.
 */
function replaceableSpan(text: string, start: number, end: number): { start: number; end: number; keep: string } {
  let last = end;
  while (last > start && /[\s]/.test(text[last - 1] ?? '')) last--;
  const source = text.slice(start, last);
  const headerComment = /^[|>][-+0-9]*([ \t]+#[^\n]*)/.exec(source)?.[1];
  return { start, end: last, keep: headerComment ?? '' };
}

function pushReadingFinding(findings: Reported[], problem: LoadProblem, options: LintOptions): void {
  const rule = ruleById(problem.ruleId);
  const severity: RuleSetting = options.rules?.[problem.ruleId] ?? rule?.meta.severity ?? 'error';
  if (severity === 'off') return;
  findings.push({
    finding: { ruleId: problem.ruleId, severity, message: problem.message, path: '', range: problem.range },
  });
}

/** The last finding of a rule on a resource past the cap: how many more there are, not each one. */
function moreFindings(rule: Rule, resource: Resource, hidden: number, options: LintOptions): Finding | undefined {
  const severity = severityOf(rule, options);
  if (severity === 'off') return undefined;
  return {
    ruleId: rule.meta.id,
    severity,
    message: `and ${hidden} more finding${hidden === 1 ? '' : 's'} of ${rule.meta.id} on this resource: podlint reports at most ${FINDINGS_PER_RULE_PER_RESOURCE} per rule and resource; fix the ones shown and run it again`,
    path: '',
    range: locate(resource, []),
    resource: identityOf(resource),
  };
}

function internalError(rule: Rule, resource: Resource, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'podlint/internal-error',
    severity: 'error',
    message: `rule ${rule.meta.id} failed on this resource (${detail}); this is a podlint bug, please report it`,
    path: '',
    range: resource.document.locate(resource.basePath),
    resource: identityOf(resource),
  };
}

/** Applies every fix of a lint pass, repeating until nothing changes (at most ten passes, as ESLint does). */
/**
 * Applies fixes in passes until none is left, re-linting after each: fixes are kept only when the
 * result has no error the text before them lacked (a fix must never make a file worse). When a
 * pass would add one, its fixes are tried one at a time, and a fix that causes a new error is not
 * applied: its finding loses the fix and says why.
 */
export function fixText(
  input: LintInput,
  options: LintOptions = {},
): { text: string; fixed: number; result: FileResult; keyRenames: Array<{ from: string; to: string }> } {
  const lintText = (text: string): FileResult =>
    lint([{ file: input.file, text }], options).files[0] ?? { file: input.file, findings: [], resources: [] };
  let text = input.text;
  let current = lintText(text);
  let fixed = 0;
  const keyRenames: Array<{ from: string; to: string }> = [];
  const renamesOf = (findings: readonly Finding[]): Array<{ from: string; to: string }> =>
    findings.flatMap((finding) => finding.fix?.keyRenames ?? []);
  // Why a fix is refused: the error it would cause, or null for a fix that changes nothing.
  const refused = new Map<string, Finding | null>();
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidates = current.findings.filter((finding) => finding.fix && !refused.has(findingKey(finding)));
    if (candidates.length === 0) break;
    const together = applyEdits(
      text,
      candidates.flatMap((finding) => finding.fix?.edits ?? []),
    );
    if (together.applied === 0) break;
    const next = lintText(together.text);
    if (!newError(current, next)) {
      keyRenames.push(...renamesOf(candidates));
      [text, current, fixed] = [together.text, next, fixed + together.applied];
      continue;
    }
    const first = candidates[0];
    if (!first) break;
    const alone = applyEdits(text, first.fix?.edits ?? []);
    const afterAlone = alone.applied > 0 ? lintText(alone.text) : current;
    const caused = alone.applied > 0 ? newError(current, afterAlone) : undefined;
    if (caused || alone.applied === 0) refused.set(findingKey(first), caused ?? null);
    else {
      keyRenames.push(...renamesOf([first]));
      [text, current, fixed] = [alone.text, afterAlone, fixed + alone.applied];
    }
  }
  const findings = current.findings.map((finding) => {
    const caused = finding.fix ? refused.get(findingKey(finding)) : undefined;
    if (!caused) return finding;
    const { fix: _refusedFix, ...rest } = finding;
    return {
      ...rest,
      message: `${finding.message} (not fixed by --fix: the fix would cause ${caused.ruleId} at line ${caused.range.start.line}: ${caused.message})`,
    };
  });
  return { text, fixed, result: { ...current, findings }, keyRenames };
}

/** A finding's identity across edits that move it: the rule, the object and the field. */
function findingKey(finding: Finding): string {
  const resource = finding.resource
    ? `${finding.resource.apiVersion}/${finding.resource.kind}/${finding.resource.namespace ?? ''}/${finding.resource.name ?? ''}`
    : '';
  return `${finding.ruleId}\u0000${resource}\u0000${finding.path}`;
}

/** An error in `after` that `before` does not have (counting repeats), if any. */
function newError(before: FileResult, after: FileResult): Finding | undefined {
  const counts = new Map<string, number>();
  for (const finding of before.findings)
    if (finding.severity === 'error') counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  for (const finding of after.findings) {
    if (finding.severity !== 'error') continue;
    const left = counts.get(findingKey(finding)) ?? 0;
    if (left === 0) return finding;
    counts.set(findingKey(finding), left - 1);
  }
  return undefined;
}

export type { Severity };
