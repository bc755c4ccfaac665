/** Shared vocabulary of findings. Positions are 1-based, as editors and the JSON output show them. */
export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export interface Position {
  line: number;
  column: number;
  /** 0-based offset into the file's text (after a BOM is removed). */
  offset: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

export interface TextEdit {
  /** 0-based offsets into the file's text; `end` is exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
  /** Mapping keys the fix renames (a misspelt field): the one change of structure --fix may write. */
  keyRenames?: Array<{ from: string; to: string }>;
}

export interface ResourceIdentity {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name?: string;
}

export interface RelatedLocation {
  /** The file it is in, as the input was named: a Service's selector can sit in another file than the Deployment it is reported on. */
  file: string;
  message: string;
  path: string;
  range: SourceRange;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The id of the rule's message template (`meta.messages`), when the rule reports by id. */
  messageId?: string;
  /** The API server's notation, relative to the object root: `spec.template.spec.containers[1].ports[0].hostPort`. */
  path: string;
  range: SourceRange;
  resource?: ResourceIdentity;
  fix?: Fix;
  related?: RelatedLocation[];
}
