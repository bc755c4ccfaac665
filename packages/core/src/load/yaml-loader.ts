import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type ParsedNode } from 'yaml';
import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';
import type { LoadedDocument, LoadedFile, LoadProblem, ManifestLoader } from './document.js';
import { LineIndex } from './positions.js';

/**
 * Tags of eemeli/yaml's YAML 1.1 schema that kubectl's decoder (go-yaml v2 through sigs.k8s.io/yaml)
 * does not apply to untyped values: timestamps and sexagesimal numbers stay strings there.
 */
const TAGS_KUBECTL_DOES_NOT_RESOLVE = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
  'tag:yaml.org,2002:set',
]);

/** Guards against "billion laughs": expansion stops once aliases would copy this many nodes. */
const MAX_ALIAS_COUNT = 1000;

const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: true,
  prettyErrors: false,
  customTags: (tags: Array<{ tag: string; format?: string }>) =>
    tags.filter((tag) => !TAGS_KUBECTL_DOES_NOT_RESOLVE.has(tag.tag) && tag.format !== 'TIME'),
};

type YamlDocument = Document.Parsed<ParsedNode>;

/**
 * The positioned parser: eemeli/yaml's Document API read with YAML 1.1 rules, as kubectl reads
 * manifests. podlint's own config is read as YAML 1.2, where `off` is a string, not `false`.
 */
export class YamlManifestLoader implements ManifestLoader {
  private readonly options: typeof PARSE_OPTIONS | { version: '1.2'; uniqueKeys: true; prettyErrors: false };

  constructor(yamlVersion: '1.1' | '1.2' = '1.1') {
    this.options = yamlVersion === '1.1' ? PARSE_OPTIONS : { version: '1.2', uniqueKeys: true, prettyErrors: false };
  }

  load(file: string, text: string): LoadedFile {
    const lines = new LineIndex(text);
    const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
    const problems: LoadProblem[] = [];
    if (/\.json$/i.test(file)) {
      const jsonProblem = checkStrictJson(text, lines);
      if (jsonProblem) return { file, text, documents: [], problems: [jsonProblem], eol };
    }
    let parsed: YamlDocument[];
    try {
      parsed = parseAllDocuments(text, this.options as never) as unknown as YamlDocument[];
    } catch (error) {
      problems.push({ ruleId: 'yaml/syntax', message: parserFailure(error), range: lines.range(0, 0) });
      return { file, text, documents: [], problems, eol };
    }
    if (!Array.isArray(parsed)) parsed = [parsed as YamlDocument];
    const documents: LoadedDocument[] = [];
    parsed.forEach((doc, index) => {
      const docProblems = documentProblems(doc, index, lines);
      problems.push(...docProblems);
      let value: unknown = null;
      let broken = docProblems.length > 0;
      if (!broken) {
        try {
          value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        } catch (error) {
          broken = true;
          problems.push(conversionProblem(error, doc, index, lines));
        }
      }
      documents.push(new YamlLoadedDocument(index, value, broken, doc, lines));
    });
    return { file, text, documents, problems, eol };
  }
}

class YamlLoadedDocument implements LoadedDocument {
  readonly range: SourceRange;
  readonly text: string;

  constructor(
    readonly index: number,
    readonly value: unknown,
    readonly broken: boolean,
    private readonly doc: YamlDocument,
    private readonly lines: LineIndex,
  ) {
    this.text = lines.text;
    const contents = doc.contents as Node | null;
    const start = contents?.range?.[0] ?? doc.range[0];
    this.range = firstLine(lines, start, contents?.range?.[1] ?? doc.range[1]);
  }

  locate(path: FieldPath): SourceRange {
    const found = walk(this.doc, path);
    if (found.keyRange) return this.lines.range(found.keyRange[0], found.keyRange[1]);
    const node = found.node;
    if (!node?.range) return this.range;
    return firstLine(this.lines, node.range[0], node.range[1]);
  }

  locateValue(path: FieldPath): SourceRange | undefined {
    const found = walk(this.doc, path);
    if (!found.complete || !found.node?.range) return undefined;
    return this.lines.range(found.node.range[0], found.node.range[1]);
  }
}

interface WalkResult {
  /** The deepest node reached. */
  node: Node | undefined;
  /** The key of the last map pair matched, when the path ends at (or beyond) a map key. */
  keyRange: [number, number] | undefined;
  complete: boolean;
}

function walk(doc: YamlDocument, path: FieldPath): WalkResult {
  let node = resolveAlias(doc, doc.contents as Node | null | undefined);
  let keyRange: [number, number] | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    let next: Node | undefined;
    let nextKeyRange: [number, number] | undefined;
    if (isMap(node) && typeof segment === 'string') {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (isScalar(key) && String(key.value) === segment) {
          next = resolveAlias(doc, pair.value as Node | null) ?? undefined;
          nextKeyRange = key.range ? [key.range[0], key.range[1]] : undefined;
          if (!next) {
            // `key:` with no value: the key itself is the best place.
            return { node: key, keyRange: nextKeyRange, complete: i === path.length - 1 };
          }
          break;
        }
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | null | undefined;
      next = resolveAlias(doc, item) ?? undefined;
    }
    if (!next) return { node, keyRange, complete: false };
    node = next;
    keyRange = nextKeyRange;
  }
  return { node: node ?? undefined, keyRange, complete: true };
}

function resolveAlias(doc: YamlDocument, node: Node | null | undefined): Node | undefined {
  if (!node) return undefined;
  if (isAlias(node)) {
    try {
      return (node.resolve(doc) as Node | undefined) ?? node;
    } catch {
      return node;
    }
  }
  return node;
}

/** Multi-line nodes are reported on their first line, so an editor does not underline a whole block. */
function firstLine(lines: LineIndex, start: number, end: number): SourceRange {
  const range = lines.range(start, end);
  if (range.end.line === range.start.line) return range;
  const text = lines.text;
  let stop = start;
  while (stop < text.length && text[stop] !== '\n' && text[stop] !== '\r') stop++;
  return lines.range(start, stop);
}

function documentProblems(doc: YamlDocument, index: number, lines: LineIndex): LoadProblem[] {
  return doc.errors.map((error) => {
    const [start, end] = error.pos;
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      ruleId: duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
      message: duplicate ? duplicateKeyMessage(doc, start, lines) : syntaxMessage(error.message),
      range: lines.range(start, end),
      documentIndex: index,
    } satisfies LoadProblem;
  });
}

function duplicateKeyMessage(doc: YamlDocument, offset: number, lines: LineIndex): string {
  const text = lines.text;
  const key = /^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0].trim() ?? '';
  const first = findFirstKey(doc.contents as Node | null, key, offset);
  const where = first === undefined ? '' : ` (first defined at line ${lines.position(first).line})`;
  return `duplicate key \`${key}\`${where}: the API server's strict decoding rejects the document, and lenient tools silently keep only the last value; remove one of them`;
}

function findFirstKey(node: Node | null | undefined, key: string, before: number): number | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      if (isScalar(k) && String(k.value) === key && k.range && k.range[0] < before) {
        const sibling = node.items.some((p) => (p.key as Node | null)?.range?.[0] === before);
        if (sibling) return k.range[0];
      }
      const inner = findFirstKey(pair.value as Node | null, key, before);
      if (inner !== undefined) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = findFirstKey(item as Node | null, key, before);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function syntaxMessage(raw: string): string {
  const first = raw.split('\n')[0] ?? raw;
  return `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

function conversionProblem(error: unknown, doc: YamlDocument, index: number, lines: LineIndex): LoadProblem {
  const contents = doc.contents as Node | null;
  const range = firstLine(lines, contents?.range?.[0] ?? 0, contents?.range?.[1] ?? 0);
  if (error instanceof RangeError) {
    return { ruleId: 'yaml/syntax', message: 'the document is nested too deeply to read safely', range, documentIndex: index };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) {
    return {
      ruleId: 'yaml/alias-limit',
      message: `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes (a "billion laughs" pattern); podlint refuses to expand them`,
      range,
      documentIndex: index,
    };
  }
  return { ruleId: 'yaml/syntax', message: `YAML error: ${message}`, range, documentIndex: index };
}

function parserFailure(error: unknown): string {
  if (error instanceof RangeError) return 'the file is nested too deeply to read safely';
  return `YAML error: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * kubectl reads `.json` files as JSON, where trailing commas and comments are errors; a YAML
 * parser would accept both, so JSON files get a strict parse first.
 */
function checkStrictJson(text: string, lines: LineIndex): LoadProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    return {
      ruleId: 'yaml/syntax',
      message: `JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      range: lines.range(offset, offset + 1),
    };
  }
}
