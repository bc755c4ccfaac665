import { parseArgs } from 'node:util';
import { isKubernetesVersion, KUBERNETES_VERSIONS, type KubernetesVersion } from '@podlint/core';
import { FORMATTERS } from './formatters/index.js';

export interface CliOptions {
  command: 'lint' | 'rules' | 'help' | 'version';
  paths: string[];
  format: string;
  quiet: boolean;
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
}

export class UsageError extends Error {}

export const HELP = `podlint — lint Kubernetes manifests: an error means the API server will refuse it

Usage: podlint [options] [paths | globs | -]
       podlint rules [--format json]

Paths are files, directories (walked for *.yaml, *.yml, *.json) or globs; no path means the
current directory; - reads standard input.

Options:
  -f, --format <name>            stylish (default), json, sarif, github, junit
  -q, --quiet                    report errors only
      --max-warnings <n>         exit 1 when there are more than n warnings
  -k, --kubernetes-version <x.y> target release, ${KUBERNETES_VERSIONS[0]}–${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]} (default ${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]})
  -c, --config <file>            use this config instead of the nearest .podlint.yaml
      --old <file|dir|->         old versions of the resources: report changes the API server refuses on update
      --base <git-ref>           old versions from git at this revision (e.g. origin/main)
      --crd <file|dir>           CustomResourceDefinitions to validate custom resources with (repeatable)
      --fix                      apply safe fixes in place (atomic writes)
      --stdin-filename <name>    the name to report standard input under
      --report-unused-disable    report suppressions that match nothing
      --color / --no-color       force colours on or off (default: on a TTY, unless NO_COLOR is set)
  -v, --version                  print the version
  -h, --help                     print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found,
2 usage or config error, or an input that cannot be read.
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'kubernetes-version': { type: 'string', short: 'k' },
        config: { type: 'string', short: 'c' },
        old: { type: 'string' },
        base: { type: 'string' },
        crd: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'report-unused-disable': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
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
  if (!FORMATTERS[format]) throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${values['max-warnings']}"`);
  }
  const version = values['kubernetes-version'];
  if (version !== undefined && !isKubernetesVersion(version)) {
    throw new UsageError(`unsupported --kubernetes-version "${version}"; podlint knows ${KUBERNETES_VERSIONS.join(', ')}`);
  }
  if (values.old !== undefined && values.base !== undefined) throw new UsageError('use either --old or --base, not both');
  if (values.fix && paths.includes('-')) throw new UsageError('--fix cannot write to standard input; lint a file instead');
  return {
    command,
    paths,
    format,
    quiet: values.quiet ?? false,
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
  };
}
