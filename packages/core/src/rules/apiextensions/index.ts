// Rules for CustomResourceDefinition objects themselves: names, group, scope, versions, root schema, subresources. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import crdApiApprovalMissing from './crd-api-approval-missing.js';
import crdNameMismatch from './crd-name-mismatch.js';
import crdNamesInvalid from './crd-names-invalid.js';
import crdRootSchemaInvalid from './crd-root-schema-invalid.js';
import crdSpecInvalid from './crd-spec-invalid.js';
import crdSubresourcesInvalid from './crd-subresources-invalid.js';
import crdValidationRuleInvalid from './crd-validation-rule-invalid.js';
import crdVersionsInvalid from './crd-versions-invalid.js';

export const apiextensionsRules: readonly Rule[] = [
  crdApiApprovalMissing,
  crdNameMismatch,
  crdNamesInvalid,
  crdRootSchemaInvalid,
  crdSpecInvalid,
  crdSubresourcesInvalid,
  crdValidationRuleInvalid,
  crdVersionsInvalid,
];
