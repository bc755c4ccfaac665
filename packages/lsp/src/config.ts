import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import {
  decodeBytes,
  DEFAULT_CONFIG,
  findConfigFile,
  isKubernetesVersion,
  parseConfig,
  type ConfigError,
  type LintInput,
  type LintOptions,
  type PodlintConfig,
  type RuleSetting,
} from '@podlint/core';

/** The `podlint` section of the editor's settings. */
export interface ClientSettings {
  enable?: boolean;
  kubernetesVersion?: string | null;
  rules?: Record<string, RuleSetting>;
  base?: string | null;
}

export interface DocumentConfig {
  enabled: boolean;
  /** Matched by an `ignore` glob of its config: the CLI would not lint it, so neither does the editor. */
  ignored: boolean;
  /** The same object while nothing it depends on changes, so the per-document caches hold. */
  options: LintOptions;
  configFile?: string;
  configErrors: ConfigError[];
}

interface LoadedConfig {
  config: PodlintConfig;
  errors: ConfigError[];
  crds: LintInput[];
  ignores: (path: string) => boolean;
}

/**
 * Configuration per document, resolved as the CLI resolves it: the nearest `.podlint.yaml`
 * (re-read when the editor reports it changed), its ignore globs, release and CRD files, with the
 * client's settings over it. CRDs open in the editor count as well.
 */
export class ConfigResolver {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly optionsByKey = new Map<string, LintOptions>();
  private readonly configFileByDirectory = new Map<string, string | undefined>();

  /** Forgets everything read from disk (a config or CRD file changed, or appeared). */
  invalidate(): void {
    this.byFile.clear();
    this.optionsByKey.clear();
    this.configFileByDirectory.clear();
  }

  resolve(
    path: string | undefined,
    settings: ClientSettings,
    openCrds: readonly LintInput[],
    old: { key: string; inputs: readonly LintInput[] } | undefined,
  ): DocumentConfig {
    const file = path ? this.configFileFor(dirname(path)) : undefined;
    const loaded = file ? this.load(file) : { config: DEFAULT_CONFIG, errors: [], crds: [], ignores: () => false };
    const version =
      settings.kubernetesVersion && isKubernetesVersion(settings.kubernetesVersion)
        ? settings.kubernetesVersion
        : loaded.config.kubernetesVersion;
    const rules = { ...loaded.config.rules, ...(settings.rules ?? {}) };
    const crdKey = openCrds.map((crd) => `${crd.file}:${crd.text.length}:${hash(crd.text)}`).join(',');
    const podSecurity = loaded.config.podSecurity;
    const enabledApiVersions = loaded.config.enabledApiVersions;
    const key = JSON.stringify(
      [file ?? '', version ?? '', rules, crdKey, old?.key ?? '', podSecurity ?? {}, enabledApiVersions ?? []],
      null,
      0,
    );
    let options = this.optionsByKey.get(key);
    if (!options) {
      const crds = [...loaded.crds, ...openCrds];
      options = {
        rules,
        ...(version ? { kubernetesVersion: version } : {}),
        ...(crds.length ? { crds } : {}),
        ...(old ? { old: old.inputs } : {}),
        ...(podSecurity ? { podSecurityDefaults: podSecurity } : {}),
        ...(enabledApiVersions ? { enabledApiVersions } : {}),
      };
      this.optionsByKey.set(key, options);
    }
    const ignored =
      path !== undefined && file !== undefined && loaded.ignores(relative(dirname(file), path).split('\\').join('/'));
    return {
      enabled: settings.enable !== false,
      ignored,
      options,
      ...(file ? { configFile: file } : {}),
      configErrors: loaded.errors,
    };
  }

  /** The nearest config file, looked up once per directory (every keystroke asks). */
  private configFileFor(directory: string): string | undefined {
    if (!this.configFileByDirectory.has(directory))
      this.configFileByDirectory.set(directory, findConfigFile(directory));
    return this.configFileByDirectory.get(directory);
  }

  private load(file: string): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let loaded: LoadedConfig;
    try {
      const decoded = decodeBytes(readFileSync(file));
      const parsed = decoded.ok
        ? parseConfig(file, decoded.text)
        : { errors: [{ file, line: decoded.line, column: decoded.column, message: decoded.message }] };
      const config = parsed.config ?? DEFAULT_CONFIG;
      const matches = config.ignore.length ? picomatch(config.ignore, { dot: true }) : () => false;
      loaded = {
        config,
        errors: parsed.errors,
        crds: readCrds(config.crds.map((crd) => resolve(dirname(file), crd))),
        ignores: matches,
      };
    } catch (error) {
      const message = `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      loaded = {
        config: DEFAULT_CONFIG,
        errors: [{ file, line: 1, column: 1, message }],
        crds: [],
        ignores: () => false,
      };
    }
    this.byFile.set(file, loaded);
    return loaded;
  }
}

/** The CRD files a config names (files, or directories of manifests); unreadable ones are skipped. */
function readCrds(paths: readonly string[]): LintInput[] {
  const inputs: LintInput[] = [];
  const visit = (path: string, depth: number): void => {
    try {
      if (statSync(path).isDirectory()) {
        if (depth < 8)
          for (const entry of readdirSync(path)) if (!entry.startsWith('.')) visit(join(path, entry), depth + 1);
        return;
      }
      if (depth > 0 && !/\.(ya?ml|json)$/i.test(path)) return;
      const decoded = decodeBytes(readFileSync(path));
      if (decoded.ok) inputs.push({ file: path, text: decoded.text });
    } catch {
      // A missing CRD file leaves its custom resources unvalidated, which schema/unknown-kind says.
    }
  };
  for (const path of paths) visit(path, 0);
  return inputs;
}

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (Math.imul(value, 31) + text.charCodeAt(i)) | 0;
  return value;
}
