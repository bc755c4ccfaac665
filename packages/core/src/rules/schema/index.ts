// Rules that report the schema problems of every kind: unknown fields, types, required fields, closed value sets, names, API versions. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import apiVersionOptIn from './api-version-opt-in.js';
import apiVersionRemoved from './api-version-removed.js';
import constraint from './constraint.js';
import crdSchemaInvalid from './crd-schema-invalid.js';
import duplicateEntry from './duplicate-entry.js';
import enumRule from './enum.js';
import format from './format.js';
import label from './label.js';
import metadataName from './metadata-name.js';
import noKindMatch from './no-kind-match.js';
import required from './required.js';
import type from './type.js';
import unknownField from './unknown-field.js';
import unknownKind from './unknown-kind.js';
import yaml11Key from './yaml11-key.js';

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
