import {
  allRules,
  DEFAULT_KUBERNETES_VERSION,
  lint,
  FastManifestLoader,
  type FieldPath,
  type RuleContext,
  type Finding,
  type LintOptions,
  type LoadedDocument,
  type LoadedFile,
  type ManifestLoader,
  type Rule,
  type SourceRange,
} from '@podlint/core';

/**
 * Linting one editor document on every keystroke without re-reading all of it: the text is cut at
 * its `---` lines into parts, each part's load and per-resource findings are kept by its text, and
 * only the rules that look at the whole input (cross-resource and schema rules) run over every
 * part again, on loads that are already cached. Findings of a part are read in the part's own
 * coordinates and shifted by where the part starts.
 */
export interface TextPart {
  text: string;
  /** 0-based line of the part's first line in the whole text. */
  line: number;
  offset: number;
}

/** Where cutting would change the meaning: directives, `...` ends, JSON, whole-file suppressions. */
const UNSAFE_TO_SPLIT = /^(%|\.\.\.(\s|$))|#\s*podlint-disable(?!-next-line)|^\s*[[{]/m;
const DOCUMENT_START = /^---(?=\s|$)/gm;

export function splitAtDocuments(text: string): TextPart[] {
  if (UNSAFE_TO_SPLIT.test(text)) return [{ text, line: 0, offset: 0 }];
  const starts = [0];
  for (const match of text.matchAll(DOCUMENT_START)) if (match.index > 0) starts.push(match.index);
  const parts: TextPart[] = [];
  let line = 0;
  starts.forEach((start, i) => {
    const partText = text.slice(start, starts[i + 1] ?? text.length);
    parts.push({ text: partText, line, offset: start });
    line += countLines(partText);
  });
  return parts;
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Rules with an `input` visitor see every resource at once; the others one resource at a time. */
let ruleSplit: { perResource: Rule[]; wholeInput: Rule[] } | undefined;
function splitRules(): { perResource: Rule[]; wholeInput: Rule[] } {
  if (!ruleSplit) {
    // Creating a rule only builds its visitors; nothing is reported without resources.
    const unavailable = (): never => {
      throw new Error('a rule used a run service while its visitors were being built');
    };
    const probe: RuleContext = {
      kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
      report: () => undefined,
      get serviceIndex() {
        return unavailable();
      },
      get schema() {
        return unavailable();
      },
      updateView: unavailable,
    };
    const wholeInput = allRules.filter((rule) => rule.create(probe).input !== undefined);
    const perResource = allRules.filter((rule) => !wholeInput.includes(rule));
    ruleSplit = { perResource, wholeInput };
  }
  return ruleSplit;
}

/** A loader that hands back the same load for the same text, so unchanged parts are never re-read. */
class CachingLoader implements ManifestLoader {
  private current = new Map<string, LoadedFile>();
  private previous = new Map<string, LoadedFile>();
  private readonly inner = new FastManifestLoader();

  load(file: string, text: string): LoadedFile {
    const loaded = this.current.get(text) ?? this.previous.get(text) ?? this.inner.load(file, text);
    this.current.set(text, loaded);
    return loaded.file === file ? loaded : { ...loaded, file };
  }

  /** Keeps what the last pass used and forgets the rest, so memory follows the document, not its history. */
  endPass(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** One part's document seen from the whole text: same value, positions moved to where the part starts. */
class ShiftedDocument implements LoadedDocument {
  constructor(
    private readonly inner: LoadedDocument,
    private readonly part: TextPart,
    readonly index: number,
    readonly text: string,
  ) {}

  /** Asked for only by findings: a document read on the fast path parses its syntax tree then. */
  get range(): SourceRange {
    return shiftRange(this.inner.range, this.part);
  }

  get value(): unknown {
    return this.inner.value;
  }

  get broken(): boolean {
    return this.inner.broken;
  }

  locate(path: FieldPath): SourceRange {
    return shiftRange(this.inner.locate(path), this.part);
  }

  locateValue(path: FieldPath): SourceRange | undefined {
    const range = this.inner.locateValue(path);
    return range && shiftRange(range, this.part);
  }
}

export class IncrementalLinter {
  private readonly loader = new CachingLoader();
  private perResourceFindings = new Map<string, Finding[]>();
  private options: LintOptions | undefined;

  constructor(private readonly file: string) {}

  /** The findings of the whole text. Options are compared by identity: pass the same object while they hold. */
  lint(text: string, options: LintOptions): Finding[] {
    if (options !== this.options) {
      this.perResourceFindings = new Map();
      this.options = options;
    }
    const parts = splitAtDocuments(text);
    const { perResource, wholeInput } = splitRules();
    const findings: Finding[] = [];
    const nextCache = new Map<string, Finding[]>();
    for (const part of parts) {
      let own = nextCache.get(part.text) ?? this.perResourceFindings.get(part.text);
      own ??=
        lint([{ file: this.file, text: part.text }], {
          ...options,
          partition: perResource,
          loader: this.loader,
        }).files[0]?.findings ?? [];
      nextCache.set(part.text, own);
      const continues = part.offset + part.text.length < text.length;
      for (const finding of own) findings.push(widenAtPartEnd(shift(finding, part), part, continues));
    }
    this.perResourceFindings = nextCache;

    // The whole-input rules see the text as one file, assembled from the cached parts.
    const whole = this.assemble(text, parts);
    const loader: ManifestLoader = {
      load: (file, input) => (input === text ? { ...whole, file } : this.loader.load(file, input)),
    };
    const wholeIds = new Set(wholeInput.map((rule) => rule.meta.id));
    for (const finding of lint([{ file: this.file, text }], {
      ...options,
      old: [],
      partition: wholeInput,
      loader,
    }).files[0]?.findings ?? []) {
      // Reading problems come with every pass; the per-part pass has reported them already.
      if (wholeIds.has(finding.ruleId) || finding.ruleId === 'podlint/internal-error') findings.push(finding);
    }
    this.loader.endPass();
    return findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  }

  private assemble(text: string, parts: readonly TextPart[]): LoadedFile {
    const documents: LoadedDocument[] = [];
    let eol: LoadedFile['eol'] = '\n';
    for (const part of parts) {
      const loaded = this.loader.load(this.file, part.text);
      if (loaded.eol === '\r\n') eol = '\r\n';
      for (const document of loaded.documents)
        documents.push(new ShiftedDocument(document, part, documents.length, text));
    }
    return { file: this.file, text, documents, problems: [], eol };
  }
}

function shift(finding: Finding, part: TextPart): Finding {
  if (part.line === 0 && part.offset === 0) return finding;
  // Messages that point elsewhere in the text ("first defined at line 3") were written in the part's lines.
  const message = finding.message.replace(/\bline (\d+)/g, (_, line: string) => `line ${Number(line) + part.line}`);
  const shifted: Finding = { ...finding, message, range: shiftRange(finding.range, part) };
  if (finding.fix)
    shifted.fix = {
      ...finding.fix,
      edits: finding.fix.edits.map((edit) => ({
        ...edit,
        start: edit.start + part.offset,
        end: edit.end + part.offset,
      })),
    };
  if (finding.related)
    shifted.related = finding.related.map((related) => ({ ...related, range: shiftRange(related.range, part) }));
  return shifted;
}

/**
 * A problem at the very end of a part (an unclosed bracket) is an empty range there, but the whole
 * text goes on with the next `---`, and the whole-text loader spans its first character.
 */
function widenAtPartEnd(finding: Finding, part: TextPart, continues: boolean): Finding {
  const { start, end } = finding.range;
  const partEnd = part.offset + part.text.length;
  if (!continues || start.offset !== end.offset || end.offset !== partEnd) return finding;
  return { ...finding, range: { start, end: { line: end.line, column: end.column + 1, offset: end.offset + 1 } } };
}

function shiftRange(range: SourceRange, part: TextPart): SourceRange {
  return {
    start: { line: range.start.line + part.line, column: range.start.column, offset: range.start.offset + part.offset },
    end: { line: range.end.line + part.line, column: range.end.column, offset: range.end.offset + part.offset },
  };
}
