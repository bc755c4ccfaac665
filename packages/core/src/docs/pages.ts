/**
 * The rule pages, `docs/rules/<area>/<name>.md`: the one place a rule's help is written. They are
 * read on demand (SARIF, `podlint rules ID`, the editor's hover), never at start-up, from the
 * source tree or from beside a bundle, found the way the schemas are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../engine/rule.js';

/** Marks a complete example manifest on a page: `<!-- podlint-example: bad -->`, `good`, `bad old`, `bad kubernetesVersion=1.33`. */
export const EXAMPLE_MARKER = 'podlint-example:';
export const PROSE_START = '<!-- podlint-prose -->';
export const PROSE_END = '<!-- /podlint-prose -->';

/** `ports/protocol-unsupported` → `ports/protocol-unsupported.md`, relative to `docs/rules`. */
export function rulePagePath(id: string): string {
  return `${id}.md`;
}

/** Where the pages sit relative to an ancestor of this module: the repository, or a package that ships them. */
const PAGE_DIRECTORY_CANDIDATES = ['docs/rules', 'rules-docs'];

let pageDirectory: string | null | undefined;

function findPageDirectory(): string | null {
  if (pageDirectory !== undefined) return pageDirectory;
  let ancestor = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 6; level++) {
    for (const candidate of PAGE_DIRECTORY_CANDIDATES) {
      const directory = join(ancestor, candidate);
      if (existsSync(join(directory, 'ports'))) return (pageDirectory = directory);
    }
    ancestor = dirname(ancestor);
  }
  return (pageDirectory = null);
}

/** The page of a rule, or undefined when this installation has no pages (or no page for it). */
export function rulePage(id: string): string | undefined {
  const directory = findPageDirectory();
  if (directory === null) return undefined;
  try {
    return readFileSync(join(directory, rulePagePath(id)), 'utf8');
  } catch {
    return undefined;
  }
}

/** A rule's help in markdown: its page, else the inline help of a rule that has no page yet, else its description. */
export function ruleHelp(rule: Rule): string {
  return rulePage(rule.meta.id) ?? rule.meta.help ?? rule.meta.description;
}

/** The hand-written part of a page (what the rule checks and why), kept when the page is regenerated. */
export function proseOfPage(page: string): string | undefined {
  const start = page.indexOf(PROSE_START);
  const end = page.indexOf(PROSE_END);
  if (start < 0 || end < start) return undefined;
  return page.slice(start + PROSE_START.length, end).trim();
}

export interface PageExampleBlock {
  kind: 'bad' | 'good';
  code: string;
  /** The old version the next block of the same kind is applied over. */
  old?: string;
  kubernetesVersion?: string;
}

/** The marked example manifests of a page, each new version paired with the old one before it. */
export function examplesOfPage(page: string): PageExampleBlock[] {
  const examples: PageExampleBlock[] = [];
  const pattern = new RegExp(
    `<!-- ${EXAMPLE_MARKER} (bad|good)((?: [\\w=.]+)*) -->\\n\`\`\`ya?ml\\n([^]*?)\`\`\``,
    'g',
  );
  let pendingOld: string | undefined;
  for (const match of page.matchAll(pattern)) {
    const [, kind, flags = '', code = ''] = match;
    const words = flags.trim().split(/\s+/).filter(Boolean);
    if (words.includes('old')) {
      pendingOld = code;
      continue;
    }
    const version = words.find((word) => word.startsWith('kubernetesVersion='))?.slice('kubernetesVersion='.length);
    examples.push({
      kind: kind as 'bad' | 'good',
      code,
      ...(pendingOld !== undefined ? { old: pendingOld } : {}),
      ...(version ? { kubernetesVersion: version } : {}),
    });
    pendingOld = undefined;
  }
  return examples;
}
