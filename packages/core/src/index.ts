/**
 * podlint's public API. The CLI and the language server use only what is exported here.
 */
export type {
  Finding,
  Fix,
  Position,
  RelatedLocation,
  ResourceIdentity,
  RuleSetting,
  Severity,
  SourceRange,
  TextEdit,
} from './types.js';
export {
  lint,
  prepareContext,
  type FileResult,
  type LintInput,
  type LintOptions,
  type LintResult,
} from './engine/lint.js';
export { fixText } from './engine/fix-text.js';
export { locate } from './engine/findings.js';
export type { PreparedContext } from './engine/context-inputs.js';
export { allRules, renamedRuleId, ruleById, ruleIds } from './engine/registry.js';
export { ruleHelp, rulePage } from './docs/pages.js';
export {
  defaultSetting,
  defineRule,
  formatMessage,
  ruleDocsUrl,
  RULE_DOCS_BASE_URL,
  type ApiSource,
  type FieldErrorType,
  type Rule,
  type RuleMeta,
  type RuleContext,
  type RuleVisitors,
  type RuleOrigin,
  type FixIntent,
  type ReportDescriptor,
  type UpdatePair,
} from './engine/rule.js';
export {
  DEFAULT_KUBERNETES_VERSION,
  KUBERNETES_VERSIONS,
  isKubernetesVersion,
  parseKubernetesVersion,
  type KubernetesVersion,
} from './release/versions.js';
export { decodeBytes, type DecodeResult } from './load/decode.js';
export { nodeCrypto } from './util/node-crypto.js';
export type { LoadedDocument, LoadedFile, ManifestLoader } from './load/document.js';
export { YamlManifestLoader } from './load/yaml-loader.js';
export { FastManifestLoader } from './load/fast-loader.js';
export { LineIndex } from './load/positions.js';
export { formatPath, parsePath, type FieldPath, type PathSegment } from './model/path.js';
export { identityKey, resourcesOf, type PodSpecSite, type Resource } from './model/resource.js';
export { applyEdits } from './fix/apply.js';
export { structureChange } from './fix/structure.js';
export {
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  findConfigFile,
  parseConfig,
  type ConfigError,
  type PodlintConfig,
} from './config/config.js';
export { closestMatch } from './util/suggest.js';
export { podlintVersion } from './version.js';
export { expandRuleSettings, parseRuleSetting, ruleIdsFor, RULE_SETTING_NAMES } from './config/rule-settings.js';
export { fieldAt, fieldsAt, kindDefinition, servedKinds, type FieldInfo } from './schema/fields.js';
