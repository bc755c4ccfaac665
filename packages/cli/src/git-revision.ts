/**
 * The old side of `--base REF`: the manifests under the same paths at a git revision, read from
 * the object database (`git ls-tree`, `git cat-file --batch`), so the work tree and the index are
 * never touched and nothing has to be checked out.
 */
import { createRequire } from 'node:module';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { decodeBytes } from '@podlint/core';
import { MAX_INPUT_BYTES } from './read-input.js';

/**
 * node:child_process, loaded when git first runs: it loads node:net, node:dgram and more, which
 * the runs without `--base` (nearly all) do not need, and this module is loaded at every start.
 */
function childProcess(): typeof import('node:child_process') {
  return createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
}

const MANIFEST = /\.(ya?ml|json)$/i;
/** Never manifests of the project, as when the work tree is walked. */
const IGNORED = /(^|\/)(node_modules|\.git)\//;

export async function readOldFromGit(
  ref: string,
  paths: string[],
  cwd: string,
): Promise<Array<{ file: string; text: string }>> {
  if (ref === '' || ref.startsWith('-')) throw new Error(`"${ref}" is not a git revision`);
  const top = (
    await git(
      ['rev-parse', '--show-toplevel'],
      cwd,
      'not inside a git work tree (--base reads the old manifests from git)',
    )
  ).trim();
  const commit = (
    await git(
      ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
      cwd,
      `unknown revision "${ref}": no such commit in this repository (fetch it first, e.g. \`git fetch origin\`)`,
    )
  ).trim();
  const listing = await git(
    ['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit],
    cwd,
    `cannot list the files of ${ref}`,
  );
  const selected = await selectFiles(
    listing.split('\0').filter((name) => name !== ''),
    paths,
    cwd,
    top,
  );
  const contents = await readBlobs(commit, selected, cwd);
  const out: Array<{ file: string; text: string }> = [];
  selected.forEach((name, i) => {
    const bytes = contents[i];
    if (!bytes) return;
    // The same limit as every other input; the old side of a file is no exception.
    if (bytes.length > MAX_INPUT_BYTES)
      throw new Error(`${name} at ${ref} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, more than podlint reads`);
    const decoded = decodeBytes(bytes);
    // A binary or undecodable file at the old revision has no old objects to compare with.
    if (!decoded.ok) return;
    out.push({ file: displayName(name, cwd, top), text: decoded.text });
  });
  return out;
}

/** Repository paths (from the top) of the manifests that the command-line paths select. */
async function selectFiles(
  names: readonly string[],
  paths: readonly string[],
  cwd: string,
  top: string,
): Promise<string[]> {
  const prefixes: string[] = [];
  const globs: Array<(name: string) => boolean> = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    const fromTop = toPosix(relative(top, resolve(cwd, path)));
    if (fromTop.startsWith('..')) throw new Error(`${path} is outside the git repository`);
    if (/[*?[\]{}()!]/.test(path)) {
      // picomatch is loaded only for glob arguments, to keep the common start-up cheap.
      const { default: picomatch } = await import('picomatch');
      globs.push(picomatch(fromTop, { dot: false }));
    } else prefixes.push(fromTop);
  }
  return names.filter((name) => {
    if (!MANIFEST.test(name) || IGNORED.test(name) || name.includes('\n')) return false;
    if (globs.some((matches) => matches(name))) return true;
    return prefixes.some((prefix) => prefix === '' || name === prefix || name.startsWith(`${prefix}/`));
  });
}

function displayName(name: string, cwd: string, top: string): string {
  const local = relative(cwd, resolve(top, ...name.split('/')));
  return isAbsolute(local) ? name : toPosix(local);
}

function toPosix(path: string): string {
  return path.split(sep).join(posix.sep);
}

function git(args: readonly string[], cwd: string, failure: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    childProcess().execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) {
          resolvePromise(stdout);
          return;
        }
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') reject(new Error('git is not installed or not on PATH'));
        else reject(new Error(stderr.trim() === '' ? failure : `${failure}: ${stderr.trim().split('\n')[0] ?? ''}`));
      },
    );
  });
}

/** Reads many blobs through one `git cat-file --batch`; a missing one is `undefined`. */
function readBlobs(commit: string, names: readonly string[], cwd: string): Promise<Array<Buffer | undefined>> {
  if (names.length === 0) return Promise.resolve([]);
  return new Promise((resolvePromise, reject) => {
    const child = childProcess().spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Error('git is not installed or not on PATH') : error,
      ),
    );
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file failed: ${stderr.trim()}`));
        return;
      }
      resolvePromise(parseBatch(Buffer.concat(chunks), names.length));
    });
    child.stdin.end(names.map((name) => `${commit}:${name}\n`).join(''));
  });
}

/** `<oid> blob <size>\n<content>\n` per object, or `<name> missing\n`. */
function parseBatch(output: Buffer, count: number): Array<Buffer | undefined> {
  const out: Array<Buffer | undefined> = [];
  let offset = 0;
  for (let i = 0; i < count && offset < output.length; i++) {
    const end = output.indexOf(0x0a, offset);
    if (end < 0) break;
    const header = output.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!match) {
      out.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    out.push(match[1] === 'blob' ? output.subarray(offset, offset + size) : undefined);
    offset += size + 1;
  }
  return out;
}
