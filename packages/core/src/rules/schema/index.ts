// Rules that report the schema problems of every kind: unknown fields, types, required fields, closed value sets, names, API versions. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import apiVersionOptIn from './api-version-opt-in.js';
import apiVersionRemoved from './api-version-removed.js';
import constraint from './crd-constraint-violated.js';
import crdSchemaInvalid from './crd-schema-invalid.js';
import duplicateEntry from './duplicate-entry.js';
import enumRule from './value-unsupported.js';
import format from './value-unparsable.js';
import label from './label-invalid.js';
import metadataName from './metadata-name-invalid.js';
import noKindMatch from './no-kind-match.js';
import required from './required-field-missing.js';
import type from './wrong-type.js';
import unknownField from './unknown-field.js';
import unknownKind from './unknown-kind.js';
import yaml11Key from './yaml11-key-misread.js';

export const schemaRules: readonly Rule[] = [
  apiVersionRemoved,
  apiVersionOptIn,
  noKindMatch,
  unknownKind,
  unknownField,
  type,
  required,
  enumRule,
  format,
  duplicateEntry,
  label,
  metadataName,
  constraint,
  crdSchemaInvalid,
  yaml11Key,
];
