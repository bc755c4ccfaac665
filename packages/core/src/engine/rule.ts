import type { FixIntent } from '../model/fixes.js';
import type { FieldPath } from '../model/path.js';
import type { PodSpecSite, Resource, UpdatePair } from '../model/resource.js';
import type { ServiceIndex } from '../model/selectors.js';
import type { SchemaAnalysis } from '../schema/analyze.js';
import type { SchemaProblemClaim } from '../schema/problems.js';
import type { UpdateView } from '../update/update-view.js';
import type { RuleSetting, Severity } from '../types.js';
import type { KubernetesVersion } from '../release/versions.js';

// The types a rule's reports and visitors carry are model data; rule modules take them from here,
// beside the rest of the rule contract.
export type { FixIntent, UpdatePair };

/** What a finding means for the promise "an error means the API server refuses it". */
export type RuleOrigin =
  /** The API server (or the owning controller's validation) rejects the object: always an error. */
  | 'api-error'
  /** The API server accepts the object but sends a warning header. */
  | 'api-warning'
  /** Accepted by the API server, but almost certainly a bug. */
  | 'pitfall'
  /** Advice that needs knowledge podlint does not have. */
  | 'advice';

export interface RuleMeta {
  /** `area/name`, stable: it is the key in configs, suppressions, SARIF and the docs. */
  readonly id: string;
  readonly severity: Severity;
  readonly origin: RuleOrigin;
  /** One line: what the rule reports. */
  readonly description: string;
  /**
   * Markdown: why it matters, how to fix it, and a bad and a good example. Only until the rule has
   * its page, `docs/rules/<area>/<name>.md`, which `scripts/rule-pages.ts` writes from it; read a
   * rule's help with `ruleHelp` (docs/pages.ts).
   */
  readonly help?: string;
  readonly fixable: boolean;
  /**
   * `false`: off unless a config or `--rule` turns it on, as outside ESLint's `recommended` set.
   * For advice that many correct manifests do without on purpose: the default output must stay
   * short and actionable. Absent means on.
   */
  readonly recommended?: boolean;
  /**
   * The check runs only when an object is created (ValidateXCreate, not ValidateXUpdate): the
   * engine drops its reports on a resource that has an old version.
   */
  readonly createOnly?: boolean;
  /**
   * The kinds (`kind`, of any group) of the objects the `resource` visitor can report on: the engine
   * calls it for no other object, so a check of Services costs nothing on a run's other thousands
   * of objects. Absent: every object. The visitor still tests the kind (and the group) itself; the
   * rule tests run with and without this filter (test/kinds-filter.test.ts).
   */
  readonly kinds?: readonly string[];
  /**
   * The pod spec's own fields (`affinity`, `volumes`) and its containers' fields (`livenessProbe`,
   * `securityContext`, in any container list) without which the `podSpec` visitor reports nothing:
   * the engine calls it only on a pod spec that writes one of them (any value, `null` too), so a
   * check of a field few pods set costs nothing on the others. Absent (both): every pod spec. The
   * visitor still tests the fields itself; the rule tests run with and without this filter
   * (test/kinds-filter.test.ts).
   */
  readonly podSpecFields?: readonly string[];
  readonly containerFields?: readonly string[];
  /** Releases the rule applies to; absent means every release podlint knows. */
  readonly versions?: { since?: KubernetesVersion; until?: KubernetesVersion };
  /** The API server function the rule mirrors, or the peer check it comes from (free text; superseded by `sources`). */
  readonly source?: string;
  /**
   * The API server checks the rule mirrors, as structured data the coverage ledger reads
   * (`scripts/coverage-ledger`): each names a Go package and function, optionally narrowed to the
   * error type and the field name of the call sites it mirrors.
   */
  readonly sources?: readonly ApiSource[];
  /**
   * Message templates by id (ESLint's `meta.messages`): `{{name}}` is replaced with `data.name`.
   * Reports name a `messageId`, so tests, docs and SARIF key on stable ids rather than wording.
   */
  readonly messages?: Readonly<Record<string, string>>;
  /**
   * Schema problems this rule reports in its own words (a missing `containerPort`, an unsupported
   * `protocol`). While the rule runs, the schema rules leave them to it; when it is turned off or
   * is outside its releases, the schema rules report them, so nothing the API server refuses
   * goes silent.
   */
  readonly reportsSchemaProblems?: readonly SchemaProblemClaim[];
}

/** The error constructors of k8s.io/apimachinery/pkg/util/validation/field. */
export type FieldErrorType =
  | 'Invalid'
  | 'Required'
  | 'Forbidden'
  | 'NotSupported'
  | 'Duplicate'
  | 'TooLong'
  | 'TooLongMaxLength'
  | 'TooMany'
  | 'NotFound'
  | 'TypeInvalid'
  | 'InternalError';

/** One API server check: `{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts', type: 'Invalid', field: 'containerPort' }`. */
export interface ApiSource {
  /** Go import path of the package. */
  readonly package: string;
  /** Function name, or `Type.Method` for a method. */
  readonly function: string;
  /** Only the call sites that build this error type; absent: every error call site in the function. */
  readonly type?: FieldErrorType;
  /** Only the call sites whose path ends in this field name (the `Child("…")` argument); `''`: at the function's own path. */
  readonly field?: string;
}

interface ReportBase {
  resource: Resource;
  /** Relative to the object root, in the API server's notation once formatted. */
  path: FieldPath;
  fix?: FixIntent;
  related?: Array<{ resource?: Resource; path: FieldPath; message: string }>;
  /**
   * The check runs on create only: on an update the API server waives it (an allowance for what
   * the old object already had, which its strategy keeps), so the engine drops the report on a
   * resource that has an old version. `meta.createOnly` says the same of every report of a rule.
   */
  createOnly?: boolean;
}

/** A report names a message of `meta.messages` by id (preferred), or carries its text. */
export type ReportDescriptor =
  | (ReportBase & { messageId: string; data?: Readonly<Record<string, string | number | boolean>>; message?: never })
  | (ReportBase & { message: string; messageId?: never; data?: never });

/** Fills a `meta.messages` template: `{{name}}` becomes `data.name`; an unknown id is a rule bug. */
export function formatMessage(meta: RuleMeta, descriptor: ReportDescriptor): string {
  if (descriptor.messageId === undefined) return descriptor.message;
  const template = meta.messages?.[descriptor.messageId];
  if (template === undefined) throw new Error(`${meta.id}: unknown messageId ${descriptor.messageId}`);
  const data = descriptor.data ?? {};
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export interface RuleContext {
  readonly kubernetesVersion: KubernetesVersion;
  /** Objects of the `crds` option (`--crd`, `crds:` in the config): CustomResourceDefinitions for schema checks. */
  readonly crds?: readonly Resource[];
  /**
   * The cluster's PodSecurity defaults (`enforce`, `enforce-version`, `warn`…: the config's
   * `podSecurity`), for namespaces whose labels do not set a mode; absent: privileged, as a
   * cluster without a PodSecurity configuration.
   */
  readonly podSecurityDefaults?: Readonly<Record<string, string>>;
  /** API versions off by default that the cluster serves (the config's `enabledApiVersions`). */
  readonly enabledApiVersions?: readonly string[];
  /*
   * Per-run services: the engine builds each once per `lint()` call, the first time a rule asks,
   * and every rule of the run shares it.
   */
  /** The run's Services by folder: which Services select a pod template. */
  readonly serviceIndex: ServiceIndex;
  /** The run's schema analysis: each resource validated once, its problems shared by the schema rules. */
  readonly schema: SchemaAnalysis;
  /** Both sides of an update as the API server sees them, built once per pair. */
  updateView(pair: UpdatePair): UpdateView;
  report(descriptor: ReportDescriptor): void;
}

/** Handlers a rule subscribes to; the engine calls each for every matching part of the input. */
export interface RuleVisitors {
  resource?(resource: Resource): void;
  podSpec?(site: PodSpecSite, resource: Resource): void;
  /** Once per run, with every resource of the input: for cross-resource checks. */
  input?(resources: readonly Resource[]): void;
  /** Once per resource that has an old version (from --old, --base or the editor's HEAD). */
  update?(pair: UpdatePair): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  /**
   * Returns the same visitors (by name) on every call, whatever the context: the engine learns
   * them at the first call and does not make the rule for a part of the input they cannot reach.
   */
  create(context: RuleContext): RuleVisitors;
}

/** Typed factory, so every rule is declared the same way (typescript-eslint's `createRule`). */
export function defineRule(rule: Rule): Rule {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.meta.id)) throw new Error(`rule id must be area/name: ${rule.meta.id}`);
  if (rule.meta.origin === 'api-error' && rule.meta.severity !== 'error')
    throw new Error(`${rule.meta.id}: an api-error rule must be an error`);
  return rule;
}

export function ruleArea(id: string): string {
  return id.slice(0, id.indexOf('/'));
}

/** Where a rule's documentation page is published (`docs/rules/<area>/<name>.md` in the repository). */
export const RULE_DOCS_BASE_URL = 'https://podlint.dev/rules/';

/** The documentation URL of a rule: SARIF `helpUri`, the language server's `codeDescription.href`. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}${id}`;
}

/** What a rule does when no config or `--rule` mentions it: its severity, or off when it is not recommended. */
export function defaultSetting(rule: Rule): RuleSetting {
  return rule.meta.recommended === false ? 'off' : rule.meta.severity;
}
