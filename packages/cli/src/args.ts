import { parseArgs } from 'node:util';
import {
  closestMatch,
  KUBERNETES_VERSIONS,
  parseKubernetesVersion,
  parseRuleSetting,
  ruleIdsFor,
  RULE_SETTING_NAMES,
  type KubernetesVersion,
  type RuleSetting,
  type Severity,
} from '@podlint/core';
import { FORMATTERS } from './formatters/index.js';

export interface CliOptions {
  command: 'lint' | 'rules' | 'help' | 'version';
  paths: string[];
  format: string;
  quiet: boolean;
  /** Findings below it are not reported (`-q` is `--min-severity error`). */
  minSeverity: Severity | undefined;
  /** `--rule ID=setting` in the order given; ids may be globs. They override the config. */
  rules: Array<readonly [string, RuleSetting]>;
  /** The namespace of manifests that name none, as kubectl's `-n` (update checks pair by it). */
  namespace: string | undefined;
  /** ESLint's default: a pattern or the default folder that matches no file is an error (exit 2). */
  errorOnUnmatchedPattern: boolean;
  /** Notes on standard error: files skipped as other tools' YAML. */
  debug: boolean;
  maxWarnings: number | undefined;
  kubernetesVersion: KubernetesVersion | undefined;
  config: string | undefined;
  old: string | undefined;
  base: string | undefined;
  crd: string[];
  fix: boolean;
  stdinFilename: string | undefined;
  reportUnusedDisable: boolean;
  color: boolean | undefined;
  /** `--jobs N`: lint in N threads (the main thread and N-1 workers); absent, one thread, or one per core on a large input. */
  jobs: number | undefined;
  /** `--cache`: reuse the results of folders that did not change since the last run. */
  cache: boolean;
  cacheLocation: string | undefined;
}

export class UsageError extends Error {}

export const HELP = `podlint — lint Kubernetes manifests: an error means the API server will refuse it

Usage: podlint [options] [paths | globs | -]
       podlint rules [ID...] [--format json]

Paths are files, directories (walked for *.yaml, *.yml, *.json) or globs; - reads standard
input. No path reads standard input when it is piped (helm template . | podlint), else lints the
current directory.

Options:
  -f, --format <name>            stylish (default), json, sarif, github, junit
  -q, --quiet                    report errors only
      --min-severity <level>     report only findings at least this severe: info, warning, error
      --rule <id>=<level>        set a rule (or a glob: probes/*) to off, info, warning (warn) or error;
                                 repeatable, overrides the config
      --max-warnings <n>         exit 1 when there are more than n warnings
  -k, --kubernetes-version <x.y> target release (1.30, v1.30 and 1.30.2 mean the same), ${KUBERNETES_VERSIONS[0]}–${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]} (default ${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]})
  -c, --config <file>            use this config instead of the nearest .podlint.yaml
      --old <file|dir|->         old versions of the resources: report changes the API server refuses on update
      --base <git-ref>           old versions from git at this revision (e.g. origin/main)
  -n, --namespace <name>         namespace of manifests without one (as kubectl apply -n), for --old/--base
      --crd <file|dir>           CustomResourceDefinitions to validate custom resources with (repeatable)
      --fix                      apply safe fixes in place (atomic writes)
  -j, --jobs <n>                 lint in n threads, this one and n-1 workers (default: one thread; one
                                 per core from 8 MB of input; workers only from 32 MB, to bound memory)
      --cache                    keep results in .podlintcache and re-lint only the folders that changed
      --cache-location <path>    the cache file (or a folder to hold .podlintcache)
      --stdin-filename <name>    the name to report standard input under (its config is the one for that path)
      --no-error-on-unmatched-pattern
                                 a pattern or folder that matches no manifest is not an error
      --report-unused-disable    report suppressions that match nothing
      --debug                    say which files were skipped as other tools' YAML (Chart.yaml, values, kustomization)
      --color / --no-color       force colours on or off (default: on a TTY, unless NO_COLOR is set)
  -v, --version                  print the version
  -h, --help                     print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found,
2 usage or config error, or an input that cannot be read.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  quiet: { type: 'boolean', short: 'q' },
  'min-severity': { type: 'string' },
  rule: { type: 'string', multiple: true },
  namespace: { type: 'string', short: 'n' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  debug: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'kubernetes-version': { type: 'string', short: 'k' },
  config: { type: 'string', short: 'c' },
  old: { type: 'string' },
  base: { type: 'string' },
  crd: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'stdin-filename': { type: 'string' },
  'report-unused-disable': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;
const OPTION_NAMES = Object.keys(OPTIONS);

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new UsageError(withSuggestion((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '')));
  }
  const { values, positionals } = parsed;
  const paths = [...positionals];
  let command: CliOptions['command'] = 'lint';
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (paths[0] === 'rules') {
    command = 'rules';
    paths.shift();
  }
  const format = values.format ?? 'stylish';
  if (!FORMATTERS[format])
    throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${values['max-warnings']}"`);
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
      throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${values.jobs}"`);
  }
  const versionText = values['kubernetes-version'];
  const version = versionText === undefined ? undefined : parseKubernetesVersion(versionText);
  if (versionText !== undefined && !version) {
    throw new UsageError(
      `unsupported --kubernetes-version "${versionText}"; podlint knows ${KUBERNETES_VERSIONS.join(', ')}`,
    );
  }
  const minSeverityText = values['min-severity'];
  const minSeverity = minSeverityText === undefined ? undefined : parseRuleSetting(minSeverityText);
  if (minSeverityText !== undefined && (minSeverity === undefined || minSeverity === 'off')) {
    throw new UsageError(`--min-severity takes info, warning or error, not "${minSeverityText}"`);
  }
  if (values.namespace !== undefined && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(values.namespace)) {
    throw new UsageError(
      `--namespace "${values.namespace}" is not a namespace name (lowercase letters, digits and '-', at most 63)`,
    );
  }
  if (values.old !== undefined && values.base !== undefined)
    throw new UsageError('use either --old or --base, not both');
  if (values.fix && paths.includes('-'))
    throw new UsageError('--fix cannot write to standard input; lint a file instead');
  return {
    command,
    paths,
    format,
    quiet: values.quiet ?? false,
    minSeverity: values.quiet ? 'error' : (minSeverity as Severity | undefined),
    rules: (values.rule ?? []).map(parseRuleOption),
    namespace: values.namespace,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    debug: values.debug ?? false,
    maxWarnings,
    kubernetesVersion: version as KubernetesVersion | undefined,
    config: values.config,
    old: values.old,
    base: values.base,
    crd: values.crd ?? [],
    fix: values.fix ?? false,
    stdinFilename: values['stdin-filename'],
    reportUnusedDisable: values['report-unused-disable'] ?? false,
    color: values['no-color'] ? false : values.color,
    jobs,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
  };
}

function parseRuleOption(text: string): readonly [string, RuleSetting] {
  const equals = text.lastIndexOf('=');
  const key = text.slice(0, Math.max(0, equals)).trim();
  const setting = parseRuleSetting(text.slice(equals + 1).trim());
  if (equals < 0 || key === '' || !setting)
    throw new UsageError(
      `--rule takes <id>=<level> with a level of ${RULE_SETTING_NAMES.join(', ')} (or warn), not "${text}"`,
    );
  const { error } = ruleIdsFor(key);
  if (error) throw new UsageError(`--rule: ${error}`);
  return [key, setting];
}

/** Node's "Unknown option '--quite'" with the option that was probably meant. */
function withSuggestion(message: string): string {
  const unknown = /^Unknown option '(--?[^']+)'/.exec(message)?.[1];
  if (!unknown) return message;
  const suggestion = closestMatch(unknown.replace(/^-+/, ''), OPTION_NAMES);
  return suggestion ? `unknown option ${unknown}; did you mean --${suggestion}?` : `unknown option ${unknown}`;
}
