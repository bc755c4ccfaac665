import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';

/** A problem found while reading a file: syntax errors, duplicate keys, bad encodings. */
export interface LoadProblem {
  ruleId:
    | 'yaml/syntax'
    | 'yaml/duplicate-key'
    | 'yaml/alias-limit'
    | 'yaml/nesting-limit'
    | 'yaml/size-limit'
    | 'yaml/ignored-document'
    | 'yaml/encoding'
    | 'yaml/template'
    | 'manifest/not-an-object';
  message: string;
  range: SourceRange;
  /** The document the problem belongs to, when there is one; its value is not trusted then. */
  documentIndex?: number;
}

/**
 * One YAML document (or the JSON file) as plain data, plus the ability to find where a field path
 * sits in the text. Rules only ever see `value`; positions are resolved for findings alone.
 */
export interface LoadedDocument {
  readonly index: number;
  /** The document's plain value, as the API server's decoder (YAML 1.1 rules) reads it. */
  readonly value: unknown;
  /** The range of the whole document's content, for findings that belong to no field. */
  readonly range: SourceRange;
  /** Whether syntax errors or duplicate keys make this document's value untrustworthy. */
  readonly broken: boolean;
  /** The whole file's text, so fixes can keep the quoting style of what they replace. */
  readonly text: string;
  /**
   * True when the reader knows that every key of `value` is the text written for it: no plain key
   * that YAML 1.1 reads as a number or boolean spelled otherwise (`0755:` is "493", `on:` "true").
   * Undefined when the reader does not keep track (rules then look at the text themselves).
   */
  readonly keysAsWritten?: boolean;
  /** The best range for a path: the key where it exists, else the nearest existing parent. */
  locate(path: FieldPath): SourceRange;
  /** The range of the value at path, if it exists exactly (for fixes that rewrite a scalar). */
  locateValue(path: FieldPath): SourceRange | undefined;
}

export interface LoadedFile {
  readonly file: string;
  readonly text: string;
  readonly documents: readonly LoadedDocument[];
  readonly problems: readonly LoadProblem[];
  /** Line endings the file uses, so fixes write the same ones back. */
  readonly eol: '\n' | '\r\n';
}

/** The one way to read manifests: every consumer (CLI, language server, tests) goes through it. */
export interface ManifestLoader {
  load(file: string, text: string): LoadedFile;
}
