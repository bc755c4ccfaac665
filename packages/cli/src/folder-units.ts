import type { UnitResult } from './group-linter.js';
import type { ReportedFile } from './formatters/index.js';
import type { LintTally } from './lint-isolated.js';
import type { PlannedFile } from './lint-run.js';

/**
 * How a run's files are cut into units (a folder of a config group: what cross-resource rules see
 * together and what the cache keeps results of), how units are batched into \`lint()\` calls, and
 * how the units' results come back together as one report.
 */
/** A folder of a group: what the cache keeps results of. */
export interface Unit {
  group: number;
  id: string;
  files: PlannedFile[];
  chars: number;
  key: string;
}

/**
 * Folders linted together, in one `lint()` call, up to this much text: each call makes its rules,
 * indexes what they reach and sets up its services again, so fewer calls cost less (the corpus in
 * 22 calls, not 43: about 6% less CPU); what a call holds in memory (at most about 100 times its
 * text) still fits a worker's heap (`worker-pool.ts`), and the 100 MB folder's peak stays near 250 MB.
 */
const BATCH_CHARS = 512 * 1024;
const BATCH_FILES = 128;

/**
 * Consecutive folders of one group to lint together. With old versions, one folder a call: the
 * count of updates checked is kept per folder, so a cached folder still says whether it had any.
 */
export function batchesOf(units: readonly Unit[], indexes: readonly number[], folderAtATime: boolean): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let chars = 0;
  let files = 0;
  for (const index of indexes) {
    const unit = units[index] as Unit;
    const first = batch[0];
    if (
      first !== undefined &&
      (folderAtATime ||
        units[first]?.group !== unit.group ||
        chars + unit.chars > BATCH_CHARS ||
        files + unit.files.length > BATCH_FILES)
    ) {
      batches.push(batch);
      [batch, chars, files] = [[], 0, 0];
    }
    batch.push(index);
    chars += unit.chars;
    files += unit.files.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * A batch's result per folder. Context files (--old, --crd) go with its first folder: every batch
 * reports the same findings on them, and `merge` keeps one.
 */
export function splitByUnit(
  units: readonly Unit[],
  batch: readonly number[],
  result: UnitResult,
): Map<number, UnitResult> {
  const owner = new Map<string, number>();
  for (const index of batch) for (const file of units[index]?.files ?? []) owner.set(file.name, index);
  const split = new Map<number, UnitResult>(batch.map((index) => [index, { files: [], updatesChecked: 0 }]));
  const first = split.get(batch[0] as number);
  if (first) first.updatesChecked = result.updatesChecked;
  for (const file of result.files) {
    const index = owner.get(file.file);
    (index !== undefined ? split.get(index) : first)?.files.push(file);
  }
  return split;
}

/**
 * Reported once per kind in a config group, as one `lint()` call of the whole group would: the
 * rule notes a kind once per folder (a folder's findings depend on that folder alone, so folders
 * can be linted apart, in workers and from the cache), which repeated it in every folder.
 */
const ONCE_PER_GROUP_RULE = 'schema/unknown-kind';

/**
 * The linted files from each folder's results, and each context file (--old, --crd) once: every
 * folder reads them and reports the same findings on them. A context file that is also linted is
 * reported as a linted file only.
 */
export function merge(
  units: readonly Unit[],
  results: ReadonlyArray<UnitResult | undefined>,
  tally: LintTally,
): ReportedFile[] {
  const linted = new Set(units.flatMap((unit) => unit.files.map((file) => file.name)));
  const reported: ReportedFile[] = [];
  const contextSeen = new Set<string>();
  const notedKinds = new Set<string>();
  results.forEach((result, index) => {
    if (!result) return;
    tally.updatesChecked += result.updatesChecked;
    const group = units[index]?.group;
    for (const file of result.files) {
      if (!linted.has(file.file)) {
        if (contextSeen.has(file.file)) continue;
        contextSeen.add(file.file);
      }
      reported.push(oncePerGroup(file, group, notedKinds));
    }
  });
  return reported;
}

/** The file without the `ONCE_PER_GROUP_RULE` findings of kinds already noted in its group (the message names the kind). */
function oncePerGroup(file: ReportedFile, group: number | undefined, noted: Set<string>): ReportedFile {
  if (!file.findings.some((finding) => finding.ruleId === ONCE_PER_GROUP_RULE)) return file;
  const findings = file.findings.filter((finding) => {
    if (finding.ruleId !== ONCE_PER_GROUP_RULE) return true;
    const key = `${group}\u0000${finding.message}`;
    if (noted.has(key)) return false;
    noted.add(key);
    return true;
  });
  return { ...file, findings };
}

/** The files of each folder, in the order the folders first appear. */
export function byFolder(files: readonly PlannedFile[]): Map<string, PlannedFile[]> {
  const folders = new Map<string, PlannedFile[]>();
  for (const file of files) {
    const folder = folderOf(file.name);
    const list = folders.get(folder);
    if (list) list.push(file);
    else folders.set(folder, [file]);
  }
  return folders;
}

/** The folder a reported name is in, as the rules see it (core's `folderOf`: up to the last slash). */
function folderOf(name: string): string {
  return name.slice(0, Math.max(0, name.replace(/\\/g, '/').lastIndexOf('/')));
}
