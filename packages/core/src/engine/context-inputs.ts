import type { LoadedFile, ManifestLoader } from '../load/document.js';
import { resourcesOf, type Resource } from '../model/resource.js';
import type { CrdSource } from '../schema/crd.js';
import type { Finding, RuleSetting } from '../types.js';
import { ruleById } from './registry.js';

/**
 * Inputs that are context, not linted: the old versions (--old, --base, the editor's HEAD) and
 * CustomResourceDefinitions (--crd, `crds:`). A broken document in one used to be skipped in
 * silence, so the update checks or the CRD validation quietly did not run; its problems are now
 * findings on that input, saying what was left out.
 */
export type ContextRole = 'old' | 'crds';

type LintInputText = { readonly file: string; readonly text: string };

export interface ContextFile {
  readonly file: LoadedFile;
  readonly role: ContextRole;
  /** The objects of its readable documents. */
  readonly resources: Resource[];
  /** Reading problems, as findings on this file. */
  readonly findings: Finding[];
}

const LEFT_OUT: Readonly<Record<ContextRole, string>> = {
  old: 'this file gives the old versions for the update checks: the broken document is left out, so changes to its objects are not checked',
  crds: 'this file gives CustomResourceDefinitions: the broken document is left out, so the custom resources it would define are not validated',
};

export function loadContextInputs(
  inputs: ReadonlyArray<{ file: string; text: string }>,
  role: ContextRole,
  loader: ManifestLoader,
  rules: Readonly<Record<string, RuleSetting>> | undefined,
): ContextFile[] {
  return inputs.map((input) => {
    const file = loader.load(input.file, input.text);
    const resources: Resource[] = [];
    const findings: Finding[] = [];
    const report = (ruleId: string, message: string, range: Finding['range']): void => {
      const severity = rules?.[ruleId] ?? ruleById(ruleId)?.meta.severity ?? 'error';
      if (severity !== 'off')
        findings.push({ ruleId, severity, message: `${message} (${LEFT_OUT[role]})`, path: '', range });
    };
    for (const problem of file.problems) report(problem.ruleId, problem.message, problem.range);
    for (const document of file.documents) {
      if (document.broken) continue;
      const read = resourcesOf(file.file, document);
      for (const problem of read.problems)
        report('manifest/not-an-object', problem.message, document.locate(problem.path));
      for (const resource of read.resources) resources.push(resource);
    }
    return { file, role, resources, findings };
  });
}

/** Context read once for many runs (`prepareContext` in lint.ts, `LintOptions.context`). */
export interface PreparedContext {
  readonly old: readonly ContextFile[];
  /** Absent without `crds`. */
  readonly crds: readonly ContextFile[] | undefined;
  /** The CRDs of the whole input, read a group at a time when a run first needs them. */
  readonly inputCrds: InputCrds;
}

/**
 * A group of these characters only is written as it reads, but for the escapes of double-quoted
 * scalars: folding and quoting make none of them.
 */
const PLAIN_GROUP = /^[A-Za-z0-9._-]+$/;
/** An escape that spells one of those characters (`\x2e`, `\u0061`, `\U0000007a`). */
const SPELLING_ESCAPE = /\\(?:x|u00|U000000)(?:2[dDeE]|3[0-9]|4[1-9a-fA-F]|5[0-9aAfF]|6[1-9a-fA-F]|7[0-9aA])/;
/** An escaped line break and the indentation after it, which a double-quoted scalar leaves out. */
const ESCAPED_BREAK = /\\(?:\r\n|\r|\n)[ \t]*/g;

/** What is known of a text without parsing it, to tell which groups its CRDs may define. */
interface TextFacts {
  readonly spellingEscape: boolean;
  /** Hashes of its runs of PLAIN_GROUP's characters, and of those the escaped line breaks join. */
  readonly words: ReadonlySet<number>;
}

/** PLAIN_GROUP's characters, by character code. */
const GROUP_CHARACTERS = new Uint8Array(128);
for (const character of '-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz')
  GROUP_CHARACTERS[character.charCodeAt(0)] = 1;

/**
 * Adds the hash of each run of PLAIN_GROUP's characters in a text. A scalar that reads as such a
 * group is such a run, whole, where it is written (quotes, spaces, line breaks or flow indicators
 * around it), so a text that defines the group has its hash; a hash of another run that is the
 * same only costs a parse.
 */
function addWordHashes(text: string, into: Set<number>): void {
  let hash = 0;
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128 && GROUP_CHARACTERS[code] === 1) {
      hash = (Math.imul(hash, 31) + code) | 0;
      length++;
    } else if (length > 0) {
      into.add(hash);
      hash = 0;
      length = 0;
    }
  }
  if (length > 0) into.add(hash);
}

function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
  return hash;
}

/**
 * The CRDs of the input files that may hold some (the caller may pass more files than that: the
 * others cost a parse and add nothing). A group's CRDs are read the first time a run asks for the
 * group, and only from the files whose text can define it: most groups of CRDs have no custom
 * resource in the input, and a worker that lints a few folders needs few of them. Their reading
 * problems are the linted files' business.
 */
export class InputCrds implements CrdSource {
  private readonly byName = new Map<string, LintInputText>();
  /** The CRDs of each file read so far: a file is read once, here or by the run that lints it. */
  private readonly crdsOfFile = new Map<LintInputText, readonly Resource[]>();
  private readonly textFacts = new Map<LintInputText, TextFacts>();
  /** The files read here, for the run that lints one of them; a file without CRDs is not kept. */
  private readonly files = new Map<string, LoadedFile>();

  constructor(
    private readonly inputs: readonly LintInputText[],
    private readonly loader: ManifestLoader,
  ) {
    for (const input of inputs) if (!this.byName.has(input.file)) this.byName.set(input.file, input);
  }

  /** The CRDs of the files read so far, and of those whose text can define `group`, in input order. */
  crdsOf(group: string): Resource[] {
    const out: Resource[] = [];
    const hash = PLAIN_GROUP.test(group) ? wordHash(group) : undefined;
    for (const input of this.inputs) {
      let crds = this.crdsOfFile.get(input);
      if (!crds) {
        if (hash !== undefined && !this.mayDefine(input, hash)) continue;
        crds = this.remember(input, this.loader.load(input.file, input.text));
      }
      for (const crd of crds) out.push(crd);
    }
    return out;
  }

  /**
   * Whether a text may define a group (of PLAIN_GROUP's characters, by its `wordHash`): it holds its
   * name, as written or spelled. Its words are hashed once, as a run asks for many groups.
   */
  private mayDefine(input: LintInputText, groupHash: number): boolean {
    let facts = this.textFacts.get(input);
    if (!facts) {
      const words = new Set<number>();
      addWordHashes(input.text, words);
      const joined = input.text.replace(ESCAPED_BREAK, '');
      if (joined.length !== input.text.length) addWordHashes(joined, words);
      facts = { spellingEscape: SPELLING_ESCAPE.test(input.text), words };
      this.textFacts.set(input, facts);
    }
    return facts.spellingEscape || facts.words.has(groupHash);
  }

  /** The file as read here, when it is one of these inputs with this text. */
  readFile(input: LintInputText): LoadedFile | undefined {
    const file = this.files.get(input.file);
    return file && this.byName.get(input.file)?.text === input.text ? file : undefined;
  }

  /** A file a run read itself: when it is one of these inputs, its CRDs are kept, so that no group asked for later reads it again. */
  read(input: LintInputText, file: LoadedFile): void {
    const known = this.byName.get(input.file);
    if (known?.text === input.text && !this.crdsOfFile.has(known)) this.remember(known, file);
  }

  private remember(input: LintInputText, file: LoadedFile): readonly Resource[] {
    const crds: Resource[] = [];
    for (const document of file.documents) {
      if (document.broken) continue;
      for (const resource of resourcesOf(file.file, document).resources)
        if (resource.group === 'apiextensions.k8s.io' && resource.kind === 'CustomResourceDefinition')
          crds.push(resource);
    }
    this.crdsOfFile.set(input, crds);
    this.textFacts.delete(input);
    // The values of a file with CRDs stay alive through them anyway; other files are not kept.
    if (crds.length > 0) this.files.set(input.file, file);
    return crds;
  }
}
