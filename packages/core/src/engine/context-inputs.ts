import type { LoadedFile, ManifestLoader } from '../load/document.js';
import { resourcesOf, type Resource } from '../model/resource.js';
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
  /** The CRDs of the whole input, in input order. */
  readonly inputCrds: readonly Resource[];
  /** The input files read for `inputCrds`, by name: the run that lints one of them reads it no second time. */
  readonly inputCrdFiles?: ReadonlyMap<string, LoadedFile>;
}

/**
 * The CRDs of the input files that hold some (the caller may pass more files than that: the
 * others cost a parse and add nothing), and those files as read. Their reading problems are the
 * linted files' business.
 */
export function loadInputCrds(
  inputs: readonly LintInputText[],
  loader: ManifestLoader,
): { resources: Resource[]; files: Map<string, LoadedFile> } {
  const resources: Resource[] = [];
  const files = new Map<string, LoadedFile>();
  for (const input of inputs) {
    const file = loader.load(input.file, input.text);
    let holdsCrds = false;
    for (const document of file.documents) {
      if (document.broken) continue;
      for (const resource of resourcesOf(file.file, document).resources)
        if (resource.group === 'apiextensions.k8s.io' && resource.kind === 'CustomResourceDefinition') {
          resources.push(resource);
          holdsCrds = true;
        }
    }
    // The values of a file with CRDs stay alive through them anyway; other files are not kept.
    if (holdsCrds) files.set(input.file, file);
  }
  return { resources, files };
}
