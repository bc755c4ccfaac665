import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { YamlManifestLoader } from '../load/yaml-loader.js';
import { parsePath } from '../model/path.js';
import { isObject } from '../model/values.js';
import { renamedRuleId } from '../engine/registry.js';
import { isKubernetesVersion, type KubernetesVersion } from '../release/versions.js';
import type { RuleSetting } from '../types.js';
import { closestMatch } from '../util/suggest.js';
import { expandRuleSettings, parseRuleSetting, ruleIdsFor } from './rule-settings.js';
import validateConfig from './validate-config.generated.js';

export const CONFIG_FILE_NAMES = ['.podlint.yaml', '.podlint.yml'];

export interface PodlintConfig {
  /** The file it was read from; absent for the built-in defaults. */
  file?: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  kubernetesVersion?: KubernetesVersion;
  crds: string[];
  /**
   * The cluster's PodSecurity defaults, for namespaces the input does not label (as the admission
   * plugin's `defaults`): `enforce`, `enforce-version`, `warn`, `warn-version`, `audit`, `audit-version`.
   */
  podSecurity?: Readonly<Record<string, string>>;
  /**
   * API versions the cluster serves although a default API server does not (alpha, and betas added
   * since 1.24), as its `--runtime-config=<group/version>=true` enables them.
   */
  enabledApiVersions?: string[];
  /** Accepted, but worth changing: a renamed rule's old id (the rules map has the new one). */
  warnings?: ConfigError[];
}

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The config's top-level keys, as config-schema.json declares them (for "did you mean"). */
export const CONFIG_KEYS = ['rules', 'ignore', 'kubernetesVersion', 'crds', 'podSecurity', 'enabledApiVersions'];

export const DEFAULT_CONFIG: PodlintConfig = { rules: {}, ignore: [], crds: [] };

/** Reads and validates a config file's text; every mistake comes back with its line and a suggestion. */
export function parseConfig(file: string, text: string): { config?: PodlintConfig; errors: ConfigError[] } {
  const loaded = new YamlManifestLoader('1.2').load(file, text);
  const errors: ConfigError[] = loaded.problems.map((problem) => ({
    file,
    line: problem.range.start.line,
    column: problem.range.start.column,
    message: problem.message,
  }));
  // podlint reads one document; settings in a second one would be dropped in silence.
  for (const extra of loaded.documents.slice(1)) {
    if (extra.value === null || extra.value === undefined) continue;
    errors.push({
      file,
      line: extra.range.start.line,
      column: extra.range.start.column,
      message:
        'the config is one YAML document, and this is a second one, whose settings would be ignored; move them into the first document and delete the `---` line',
    });
  }
  if (errors.length) return { errors };
  const document = loaded.documents[0];
  const value = document?.value ?? {};
  const at = (path: string): { line: number; column: number } => {
    const range = document?.locate(parsePath(path));
    return { line: range?.start.line ?? 1, column: range?.start.column ?? 1 };
  };
  if (!isObject(value))
    return {
      errors: [
        {
          file,
          ...at(''),
          message:
            'the config must be a mapping with keys rules, ignore, kubernetesVersion, crds, podSecurity, enabledApiVersions',
        },
      ],
    };
  if (!validateConfig(value)) {
    for (const error of validateConfig.errors ?? [])
      errors.push({ file, ...at(pointerToPath(error)), message: describe(error) });
  }
  const rules = isObject(value.rules) ? value.rules : {};
  const warnings: ConfigError[] = [];
  for (const key of Object.keys(rules)) {
    const { error } = ruleIdsFor(key);
    if (error) errors.push({ file, ...at(`rules[${JSON.stringify(key)}]`), message: error });
    // A renamed rule's old id still works (ruleIdsFor maps it to the new id), with a warning.
    const current = renamedRuleId(key);
    if (current)
      warnings.push({
        file,
        ...at(`rules[${JSON.stringify(key)}]`),
        message: `rule "${key}" was renamed to "${current}"; write the new id (the old one still works for now)`,
      });
  }
  if (errors.length) return { errors: dedupe(errors) };
  const version =
    typeof value.kubernetesVersion === 'string' && isKubernetesVersion(value.kubernetesVersion)
      ? value.kubernetesVersion
      : undefined;
  return {
    errors: [],
    config: {
      file,
      rules: expandRuleSettings(
        Object.entries(rules).map(([key, setting]) => [key, parseRuleSetting(String(setting)) ?? 'off'] as const),
      ),
      ignore: (value.ignore as string[] | undefined) ?? [],
      crds: (value.crds as string[] | undefined) ?? [],
      ...(version ? { kubernetesVersion: version } : {}),
      ...(isObject(value.podSecurity) ? { podSecurity: value.podSecurity as Record<string, string> } : {}),
      ...(Array.isArray(value.enabledApiVersions) ? { enabledApiVersions: value.enabledApiVersions as string[] } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
    },
  };
}

/** A JSON pointer's segments, unescaped (`~1` is `/`, `~0` is `~`): users never wrote the escapes. */
function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function pointerToPath(error: ErrorObject): string {
  const base = pointerSegments(error.instancePath);
  if (error.keyword === 'additionalProperties')
    base.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return base
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `[${JSON.stringify(part)}]`))
    .join('');
}

/** JSON Schema types as the config's errors say them ("must be a mapping", not "must be a object"). */
const CONFIG_TYPE_WORDS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the config' : `\`${pointerSegments(error.instancePath).join('.')}\``;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const suggestion = closestMatch(key, CONFIG_KEYS);
      return `unknown config key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : `; valid keys: ${CONFIG_KEYS.join(', ')}`}`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      return `${where} must be one of ${allowed.map((v) => `"${v}"`).join(', ')}`;
    }
    case 'type':
      if (error.instancePath === '/kubernetesVersion')
        return `${where} must be a string: YAML reads an unquoted 1.30 as the number 1.3, so quote it (kubernetesVersion: "1.30")`;
      return `${where} must be ${CONFIG_TYPE_WORDS[(error.params as { type: string }).type] ?? `of type ${(error.params as { type: string }).type}`}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.line}:${error.column}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The nearest config file at or above a directory, up to the root of the repository (the first
 * directory with a `.git`), as ESLint's flat config stops at the project: a stray config in a
 * parent such as /tmp or the home directory, with `ignore: ["**"]`, must not decide what a
 * project's run lints. `known` remembers the answer for every directory passed on the way up, so
 * that a walk of many folders looks at each directory once; `exists` may answer from listings the
 * caller already read.
 */
export function findConfigFile(
  startDirectory: string,
  known?: Map<string, string | undefined>,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const passed: string[] = [];
  let found: string | undefined;
  for (let directory = resolve(startDirectory); ;) {
    if (known?.has(directory)) {
      found = known.get(directory);
      break;
    }
    passed.push(directory);
    found = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find((candidate) => exists(candidate));
    if (found || exists(join(directory, '.git'))) break;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  if (known) for (const directory of passed) known.set(directory, found);
  return found;
}
