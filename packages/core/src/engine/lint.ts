import type { LoadedFile, LoadProblem, ManifestLoader } from '../load/document.js';
import { YamlManifestLoader } from '../load/yaml-loader.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { identityKey, identityOf, resourcesOf, type Resource } from '../model/resource.js';
import { foreignFileReason } from '../model/foreign-files.js';
import { asObject } from '../model/values.js';
import { applyEdits, renderScalar } from '../fix/apply.js';
import type { Finding, Fix, ResourceIdentity, RuleSetting, Severity, SourceRange, TextEdit } from '../types.js';
import { allRules, renamedRuleId, ruleById } from './registry.js';
import { RunServices } from './run-services.js';
import { defaultSetting, formatMessage, type FixIntent, type ReportDescriptor, type Rule, type RuleContext, type RuleVisitors, type UpdatePair } from './rule.js';
import { unknownRuleIdFindings, UNKNOWN_RULE_ID } from './suppress-unknown-ids.js';
import { annotationRuleIds, IGNORE_ANNOTATION, isSuppressedByComment, parseDirectives, type Directive } from './suppress.js';
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
  /** Only these rules run (tests use it to check one rule in isolation). */
  onlyRules?: readonly Rule[];
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

const defaultLoader = new YamlManifestLoader();

/** Lints texts: the one entry point the CLI, the language server and the tests share. */
export function lint(inputs: readonly LintInput[], options: LintOptions = {}): LintResult {
  const loader = options.loader ?? defaultLoader;
  const version = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const rules = (options.onlyRules ?? allRules).filter((rule) => severityOf(rule, options) !== 'off' && versionInRange(version, rule.meta.versions));
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
        pushReadingFinding(findings, { ruleId: 'manifest/not-an-object', message: problem.message, range: document.locate(problem.path) }, options);
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

  const updatePairs = pairWithOldVersions(all, options.old ?? [], loader, options.defaultNamespace);
  const crds = options.crds ? loadResources(options.crds, loader) : undefined;
  // Overlaps between schema rules and the rules that report some schema problems in their own
  // words are settled by the rules that actually run: a rule turned off claims nothing.
  const schemaClaims = rules.flatMap((rule) => rule.meta.reportsSchemaProblems ?? []);
  const services = new RunServices(version, all, crds, schemaClaims);
  for (const rule of rules) {
    const context: RuleContext = {
      kubernetesVersion: version,
      ...(crds ? { crds } : {}),
      get serviceIndex() {
        return services.serviceIndex;
      },
      get schema() {
        return services.schema;
      },
      updateView: (pair) => services.updateView(pair),
      report: (descriptor) => {
        const finding = toFinding(rule, descriptor, options);
        if (finding) collected.get(descriptor.resource.file)?.push({ finding, resource: descriptor.resource });
      },
    };
    const visitors = rule.create(context);
    runVisitors(visitors, all, updatePairs, (resource, error) => {
      collected.get(resource.file)?.push({ finding: internalError(rule, resource, error), resource });
    });
  }

  const files: FileResult[] = loaded.map((file) => ({
    file: file.file,
    ...(skipped.has(file.file) ? { skipped: skipped.get(file.file) } : {}),
    findings: suppress(file, collected.get(file.file) ?? [], byFile.get(file.file) ?? [], options),
    resources: identities.get(file.file) ?? [],
  }));
  return { files, ...(options.old ? { updatesChecked: updatePairs.size } : {}) };
}

function runVisitors(visitors: RuleVisitors, resources: readonly Resource[], updatePairs: ReadonlyMap<Resource, UpdatePair>, onError: (resource: Resource, error: unknown) => void): void {
  for (const resource of resources) {
    try {
      visitors.resource?.(resource);
      if (visitors.podSpec) for (const site of resource.podSpecs) visitors.podSpec(site, resource);
      const pair = visitors.update ? updatePairs.get(resource) : undefined;
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
function pairWithOldVersions(resources: readonly Resource[], inputs: readonly LintInput[], loader: ManifestLoader, defaultNamespace: string | undefined): Map<Resource, UpdatePair> {
  const pairs = new Map<Resource, UpdatePair>();
  if (inputs.length === 0) return pairs;
  const key = (resource: Resource): string => identityKey({ group: resource.group, kind: resource.kind, name: resource.name, namespace: resource.namespace ?? defaultNamespace });
  const byIdentity = new Map<string, Resource>();
  for (const resource of loadResources(inputs, loader)) {
    if (resource.name !== undefined) byIdentity.set(key(resource), resource);
  }
  for (const resource of resources) {
    const old = resource.name !== undefined ? byIdentity.get(key(resource)) : undefined;
    if (old) pairs.set(resource, { old, new: resource });
  }
  return pairs;
}

/** The resources of inputs that are context, not linted (old versions, CRDs): broken documents are skipped. */
function loadResources(inputs: readonly LintInput[], loader: ManifestLoader): Resource[] {
  const resources: Resource[] = [];
  for (const input of inputs) {
    const file = loader.load(input.file, input.text);
    for (const document of file.documents) {
      if (document.broken) continue;
      for (const resource of resourcesOf(file.file, document).resources) resources.push(resource);
    }
  }
  return resources;
}

/** Rules chosen by `onlyRules` (tests, tools) run even when they are not recommended. */
function severityOf(rule: Rule, options: LintOptions): RuleSetting {
  return options.rules?.[rule.meta.id] ?? (options.onlyRules ? rule.meta.severity : defaultSetting(rule));
}

function toFinding(rule: Rule, descriptor: ReportDescriptor, options: LintOptions): Finding | undefined {
  const severity = severityOf(rule, options);
  if (severity === 'off') return undefined;
  const { resource } = descriptor;
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity,
    message: formatMessage(rule.meta, descriptor),
    ...(descriptor.messageId !== undefined ? { messageId: descriptor.messageId } : {}),
    path: formatPath(descriptor.path),
    range: locate(resource, descriptor.path),
    resource: identityOf(resource),
  };
  if (descriptor.fix) {
    const fix = toFix(resource, descriptor.fix);
    if (fix) finding.fix = fix;
  }
  if (descriptor.related?.length) {
    finding.related = descriptor.related.map((related) => ({
      file: (related.resource ?? resource).file,
      message: related.message,
      path: formatPath(related.path),
      range: locate(related.resource ?? resource, related.path),
    }));
  }
  return finding;
}

export function locate(resource: Resource, path: FieldPath): SourceRange {
  return resource.document.locate([...resource.basePath, ...path]);
}

function toFix(resource: Resource, intent: FixIntent): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const change of intent.replaceValues) {
    const range = resource.document.locateValue([...resource.basePath, ...change.path]);
    if (!range) return undefined;
    const original = resource.document.text.slice(range.start.offset, range.end.offset);
    edits.push({ start: range.start.offset, end: range.end.offset, text: renderScalar(change.value, original) });
  }
  for (const rename of intent.renameKeys ?? []) {
    const range = resource.document.locate([...resource.basePath, ...rename.path]);
    // Only a key written exactly as its name (not quoted, not a parent found instead) is renamed.
    if (resource.document.text.slice(range.start.offset, range.end.offset) !== String(rename.path[rename.path.length - 1])) return undefined;
    edits.push({ start: range.start.offset, end: range.end.offset, text: rename.name });
  }
  return { description: intent.description, edits };
}

function pushReadingFinding(findings: Reported[], problem: LoadProblem, options: LintOptions): void {
  const rule = ruleById(problem.ruleId);
  const severity: RuleSetting = options.rules?.[problem.ruleId] ?? rule?.meta.severity ?? 'error';
  if (severity === 'off') return;
  findings.push({ finding: { ruleId: problem.ruleId, severity, message: problem.message, path: '', range: problem.range } });
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

/** A finding with the resource it was reported on, kept until suppressions are applied. */
interface Reported {
  finding: Finding;
  resource?: Resource;
}

function suppress(file: LoadedFile, reported: Reported[], resources: readonly Resource[], options: LintOptions): Finding[] {
  const directives = parseDirectives(file.text);
  const annotationUse = new Map<Resource, Set<string>>();
  const renamed = renamedIdFindings(directives, resources, options);
  const kept = reported.filter(({ finding, resource: owner }) => {
    const ignored = owner ? annotationRuleIds(asObject(owner.object.metadata)?.annotations) : undefined;
    if (owner && ignored && (ignored.includes(finding.ruleId) || ignored.includes('*'))) {
      const used = annotationUse.get(owner) ?? new Set<string>();
      used.add(ignored.includes(finding.ruleId) ? finding.ruleId : '*');
      annotationUse.set(owner, used);
      return false;
    }
    return !isSuppressedByComment(finding, directives);
  }).map(({ finding }) => finding);
  kept.push(...renamed);
  kept.push(...unknownRuleIdFindings(directives, options.rules?.[UNKNOWN_RULE_ID] ?? 'warning'));
  if (options.reportUnusedDisable) {
    const severity = options.rules?.['podlint/unused-disable'] ?? 'warning';
    if (severity !== 'off') {
      for (const directive of directives) {
        if (directive.used) continue;
        const range: SourceRange = {
          start: { line: directive.line, column: directive.column, offset: 0 },
          end: { line: directive.line, column: directive.column + 1, offset: 0 },
        };
        const what = directive.ruleIds.length ? directive.ruleIds.join(', ') : 'all rules';
        kept.push({ ruleId: 'podlint/unused-disable', severity, message: `unused suppression (${what}): nothing is reported here any more; remove the comment`, path: '', range });
      }
      for (const resource of resources) {
        const ids = annotationRuleIds(asObject(resource.object.metadata)?.annotations) ?? [];
        const used = annotationUse.get(resource) ?? new Set<string>();
        for (const id of ids.filter((candidate) => !used.has(candidate))) {
          kept.push({
            ruleId: 'podlint/unused-disable',
            severity,
            message: `unused suppression: the annotation podlint.io/ignore names ${id}, which reports nothing on this resource`,
            path: formatPath(['metadata', 'annotations', IGNORE_ANNOTATION]),
            range: locate(resource, ['metadata', 'annotations', IGNORE_ANNOTATION]),
            resource: identityOf(resource),
          });
        }
      }
    }
  }
  return kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId));
}

/** A warning for each renamed rule's old id in a suppression comment or annotation: it still works, but names the new id. */
function renamedIdFindings(directives: readonly Directive[], resources: readonly Resource[], options: LintOptions): Finding[] {
  const severity = options.rules?.['podlint/renamed-rule-id'] ?? 'warning';
  if (severity === 'off') return [];
  const message = (id: string, current: string): string => `rule "${id}" was renamed to "${current}"; write the new id (the old one still works for now)`;
  const findings: Finding[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      const current = renamedRuleId(id);
      if (!current) continue;
      const at = { line: directive.line, column: directive.column, offset: 0 };
      findings.push({ ruleId: 'podlint/renamed-rule-id', severity, message: message(id, current), path: '', range: { start: at, end: { ...at, column: at.column + 1 } } });
    }
  }
  for (const resource of resources) {
    const written = asObject(asObject(resource.object.metadata)?.annotations)?.[IGNORE_ANNOTATION];
    if (typeof written !== 'string') continue;
    for (const id of written.split(/[\s,]+/)) {
      const current = renamedRuleId(id);
      if (!current) continue;
      const path: FieldPath = ['metadata', 'annotations', IGNORE_ANNOTATION];
      findings.push({ ruleId: 'podlint/renamed-rule-id', severity, message: message(id, current), path: formatPath(path), range: locate(resource, path), resource: identityOf(resource) });
    }
  }
  return findings;
}

/** Applies every fix of a lint pass, repeating until nothing changes (at most ten passes, as ESLint does). */
/**
 * Applies fixes in passes until none is left, re-linting after each: fixes are kept only when the
 * result has no error the text before them lacked (a fix must never make a file worse). When a
 * pass would add one, its fixes are tried one at a time, and a fix that causes a new error is not
 * applied: its finding loses the fix and says why.
 */
export function fixText(input: LintInput, options: LintOptions = {}): { text: string; fixed: number; result: FileResult } {
  const lintText = (text: string): FileResult => lint([{ file: input.file, text }], options).files[0] ?? { file: input.file, findings: [], resources: [] };
  let text = input.text;
  let current = lintText(text);
  let fixed = 0;
  // Why a fix is refused: the error it would cause, or null for a fix that changes nothing.
  const refused = new Map<string, Finding | null>();
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidates = current.findings.filter((finding) => finding.fix && !refused.has(findingKey(finding)));
    if (candidates.length === 0) break;
    const together = applyEdits(text, candidates.flatMap((finding) => finding.fix?.edits ?? []));
    if (together.applied === 0) break;
    const next = lintText(together.text);
    if (!newError(current, next)) {
      [text, current, fixed] = [together.text, next, fixed + together.applied];
      continue;
    }
    const first = candidates[0];
    if (!first) break;
    const alone = applyEdits(text, first.fix?.edits ?? []);
    const afterAlone = alone.applied > 0 ? lintText(alone.text) : current;
    const caused = alone.applied > 0 ? newError(current, afterAlone) : undefined;
    if (caused || alone.applied === 0) refused.set(findingKey(first), caused ?? null);
    else [text, current, fixed] = [alone.text, afterAlone, fixed + alone.applied];
  }
  const findings = current.findings.map((finding) => {
    const caused = finding.fix ? refused.get(findingKey(finding)) : undefined;
    if (!caused) return finding;
    const { fix: _refusedFix, ...rest } = finding;
    return { ...rest, message: `${finding.message} (not fixed by --fix: the fix would cause ${caused.ruleId} at line ${caused.range.start.line}: ${caused.message})` };
  });
  return { text, fixed, result: { ...current, findings } };
}

/** A finding's identity across edits that move it: the rule, the object and the field. */
function findingKey(finding: Finding): string {
  const resource = finding.resource ? `${finding.resource.apiVersion}/${finding.resource.kind}/${finding.resource.namespace ?? ''}/${finding.resource.name ?? ''}` : '';
  return `${finding.ruleId}\u0000${resource}\u0000${finding.path}`;
}

/** An error in `after` that `before` does not have (counting repeats), if any. */
function newError(before: FileResult, after: FileResult): Finding | undefined {
  const counts = new Map<string, number>();
  for (const finding of before.findings) if (finding.severity === 'error') counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  for (const finding of after.findings) {
    if (finding.severity !== 'error') continue;
    const left = counts.get(findingKey(finding)) ?? 0;
    if (left === 0) return finding;
    counts.set(findingKey(finding), left - 1);
  }
  return undefined;
}

export type { Severity };
