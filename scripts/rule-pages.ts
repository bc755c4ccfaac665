// Writes docs/rules/<area>/<name>.md for every rule and the index docs/rules.md.
//
//   node --conditions=source --import tsx scripts/rule-pages.ts            write the pages
//   node --conditions=source --import tsx scripts/rule-pages.ts --check    exit 1 when a page is stale
//   node --conditions=source --import tsx scripts/rule-pages.ts --drop-inline-help
//                                             write the pages, then delete inline `help:` from rule modules
//
// Re-runnable: a rule with inline `meta.help` gets its prose from it; a rule without keeps the prose
// of its existing page. Examples are complete manifests from the rule's own RuleTester cases (the
// first invalid case as Bad, the first valid one as Good), which the oracle already judges.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  renderRuleIndex,
  renderRulePage,
  renderRenamedPage,
  rulePagePath,
  RULE_DOCS_DIRECTORY,
  type PageExamples,
} from './rule-pages-render.js';
import { proseOfPage } from '../packages/core/src/docs/pages.js';
import { allRules } from '../packages/core/src/engine/registry.js';
import { RENAMED_RULES } from '../packages/core/src/engine/renamed-rules.js';
import type { Rule } from '../packages/core/src/engine/rule.js';
import {
  collectRuleCases,
  type InvalidCase,
  type RuleCases,
  type ValidCase,
} from '../packages/core/test/support/rule-tester.js';
import { dropInlineHelp } from './rule-pages-drop-help.js';

const repository = new URL('../', import.meta.url);
const docsDirectory = new URL(`${RULE_DOCS_DIRECTORY}/`, repository);
const rulesSource = new URL('packages/core/src/rules/', repository);
const args = new Set(process.argv.slice(2));
const check = args.has('--check');

function readIfExists(url: URL): string | undefined {
  try {
    return readFileSync(url, 'utf8');
  } catch {
    return undefined;
  }
}

async function casesByRule(rules: readonly Rule[]): Promise<Map<string, RuleCases>> {
  return collectRuleCases(async () => {
    for (const rule of rules) {
      const [area, name] = rule.meta.id.split('/') as [string, string];
      const testFile = new URL(`${area}/${name}.test.ts`, rulesSource);
      if (readIfExists(testFile) !== undefined) await import(pathToFileURL(testFile.pathname).href);
    }
  });
}

/** The first case the oracle judges at the default release, else the first case. */
function pick<T extends ValidCase>(cases: readonly T[]): T | undefined {
  return cases.find((c) => c.oracle !== 'skip' && c.kubernetesVersion === undefined) ?? cases[0];
}

function examplesOf(cases: RuleCases | undefined): PageExamples | undefined {
  if (!cases) return undefined;
  const bad: InvalidCase | undefined = pick(cases.invalid);
  const good = pick(cases.valid);
  return {
    ...(bad
      ? {
          bad: {
            code: bad.code,
            ...(bad.old !== undefined ? { old: bad.old } : {}),
            ...(bad.kubernetesVersion ? { kubernetesVersion: bad.kubernetesVersion } : {}),
          },
        }
      : {}),
    ...(good
      ? {
          good: {
            code: good.code,
            ...(good.old !== undefined ? { old: good.old } : {}),
            ...(good.kubernetesVersion ? { kubernetesVersion: good.kubernetesVersion } : {}),
          },
        }
      : {}),
  };
}

function formerIdsOf(id: string): string[] {
  return Object.entries(RENAMED_RULES).flatMap(([oldId, newId]) => (newId === id ? [oldId] : []));
}

const cases = await casesByRule(allRules);
const pages = new Map<string, string>();
const missingProse: string[] = [];
for (const rule of allRules) {
  const path = rulePagePath(rule.meta.id);
  const existing = readIfExists(new URL(path, docsDirectory));
  const prose = rule.meta.help ?? (existing !== undefined ? proseOfPage(existing) : undefined);
  if (prose === undefined) missingProse.push(rule.meta.id);
  pages.set(
    path,
    renderRulePage(
      rule,
      prose ?? rule.meta.description,
      examplesOf(cases.get(rule.meta.id)),
      formerIdsOf(rule.meta.id),
    ),
  );
}
for (const [oldId, newId] of Object.entries(RENAMED_RULES))
  pages.set(rulePagePath(oldId), renderRenamedPage(oldId, newId));
const index = renderRuleIndex(allRules, RENAMED_RULES);

function listPages(directory: URL, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory()
      ? listPages(new URL(`${entry.name}/`, directory), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.md')
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

const stale: string[] = [];
const indexFile = new URL('docs/rules.md', repository);
if (readIfExists(indexFile) !== index) stale.push('docs/rules.md');
for (const [path, text] of pages)
  if (readIfExists(new URL(path, docsDirectory)) !== text) stale.push(`${RULE_DOCS_DIRECTORY}/${path}`);
const orphans = listPages(docsDirectory).filter((path) => !pages.has(path));
stale.push(...orphans.map((path) => `${RULE_DOCS_DIRECTORY}/${path} (no such rule)`));

if (check) {
  if (stale.length > 0) {
    console.error(
      `rule pages are out of date; run node --conditions=source --import tsx scripts/rule-pages.ts\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`${pages.size} rule pages and docs/rules.md are up to date`);
} else {
  for (const [path, text] of pages) {
    const url = new URL(path, docsDirectory);
    mkdirSync(new URL('./', url), { recursive: true });
    writeFileSync(url, text);
  }
  for (const path of orphans) rmSync(new URL(path, docsDirectory));
  writeFileSync(indexFile, index);
  console.log(`wrote ${pages.size} rule pages and docs/rules.md (${stale.length} changed, ${orphans.length} removed)`);
  if (missingProse.length > 0)
    console.warn(`no inline help and no page to take the prose from: ${missingProse.join(', ')}`);
  if (args.has('--drop-inline-help')) {
    const dropped = dropInlineHelp(new URL('packages/core/src/', repository), (id) => pages.has(rulePagePath(id)));
    console.log(
      `dropped inline help from ${dropped.length} modules${dropped.length > 0 ? `:\n  ${dropped.join('\n  ')}` : ''}`,
    );
  }
}
