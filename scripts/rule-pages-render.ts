/**
 * The rule pages (`docs/rules/<area>/<name>.md`) and their index, rendered from the rules' metadata,
 * their prose and examples taken from their RuleTester cases (`scripts/rule-pages.ts` writes them,
 * the docs test checks them). Not used at run time: the linter only reads the pages (`packages/core/src/docs/pages.ts`).
 */
import type { Rule } from '../packages/core/src/engine/rule.js';
import { ruleArea } from '../packages/core/src/engine/rule.js';
import { KUBERNETES_VERSIONS } from '../packages/core/src/release/versions.js';
import { EXAMPLE_MARKER, PROSE_END, PROSE_START, rulePagePath } from '../packages/core/src/docs/pages.js';

export { rulePagePath };
/** Relative to the repository root. */
export const RULE_DOCS_DIRECTORY = 'docs/rules';

export interface PageExample {
  code: string;
  /** The old version (the live object) of an update example. */
  old?: string;
  kubernetesVersion?: string;
}

export interface PageExamples {
  bad?: PageExample;
  good?: PageExample;
}

const ORIGIN_TEXT: Record<Rule['meta']['origin'], string> = {
  'api-error': 'the API server (or the workload’s controller) refuses the object',
  'api-warning': 'the API server accepts the object with a warning',
  pitfall: 'the API server accepts it, but it is almost certainly a bug',
  advice: 'advice that needs knowledge podlint does not have',
};

/** The inline help without its own short Bad/Good snippets: the page shows complete manifests instead. */
export function proseOfHelp(help: string): string {
  const lines = help.split('\n');
  const kept: string[] = [];
  let skipping = false;
  let inFence = false;
  for (const line of lines) {
    if (!inFence && /^(Bad|Good)\b[^`]*:\s*$/.test(line)) {
      skipping = true;
      continue;
    }
    if (line.startsWith('```')) {
      inFence = !inFence;
      if (skipping) {
        if (!inFence) skipping = false;
        continue;
      }
    }
    if (!skipping) kept.push(line);
  }
  return kept.join('\n').trim();
}

function releases(rule: Rule): string {
  const first = KUBERNETES_VERSIONS[0];
  const last = KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1];
  const since = rule.meta.versions?.since ?? first;
  const until = rule.meta.versions?.until ?? last;
  return since === first && until === last ? `every release podlint knows (${first}–${last})` : `${since}–${until}`;
}

function mirrors(rule: Rule): string[] {
  const structured = (rule.meta.sources ?? []).map((source) => {
    const narrowed = [source.type, source.field && `field \`${source.field}\``].filter(Boolean).join(', ');
    return `- \`${source.function}\` in \`${source.package}\`${narrowed ? ` (${narrowed})` : ''}`;
  });
  if (structured.length > 0) return structured;
  return rule.meta.source ? [`- ${rule.meta.source}`] : [];
}

function exampleBlocks(kind: 'bad' | 'good', example: PageExample): string[] {
  const version = example.kubernetesVersion ? ` kubernetesVersion=${example.kubernetesVersion}` : '';
  const blocks: string[] = [];
  if (example.old !== undefined) {
    blocks.push(
      'The live object (the old version):',
      '',
      `<!-- ${EXAMPLE_MARKER} ${kind} old -->`,
      '```yaml',
      example.old.trimEnd(),
      '```',
      '',
      'The manifest applied over it:',
      '',
    );
  }
  blocks.push(`<!-- ${EXAMPLE_MARKER} ${kind}${version} -->`, '```yaml', example.code.trimEnd(), '```', '');
  return blocks;
}

export function renderRulePage(
  rule: Rule,
  prose: string,
  examples: PageExamples | undefined,
  formerIds: readonly string[] = [],
): string {
  const { meta } = rule;
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- **Severity:** ${meta.severity}: ${ORIGIN_TEXT[meta.origin]}`,
    ...(meta.recommended === false
      ? [
          `- **Default:** off (not in the recommended set): turn it on in \`.podlint.yaml\` or with \`--rule ${meta.id}=${meta.severity}\``,
        ]
      : []),
    `- **Fixable:** ${meta.fixable ? 'yes, `podlint --fix` applies the fix where it is safe' : 'no'}`,
    `- **Releases:** ${releases(rule)}`,
    ...(formerIds.length > 0
      ? [`- **Formerly:** ${formerIds.map((id) => `\`${id}\``).join(', ')} (still accepted, with a warning)`]
      : []),
    '',
    '## What it checks and why',
    '',
    PROSE_START,
    // Without RuleTester cases (the reading rules) the help's own snippets are the only examples.
    examples?.bad || examples?.good ? proseOfHelp(prose) : prose.trim(),
    PROSE_END,
    '',
  ];
  const sources = mirrors(rule);
  // A template that is only placeholders (text worded elsewhere, e.g. by the schema layer) says nothing here.
  const messages = Object.values(meta.messages ?? {}).filter((message) =>
    /[a-z]{3}/i.test(message.replace(/\{\{[^}]*\}\}/g, '')),
  );
  if (sources.length > 0 || messages.length > 0) {
    lines.push('## What the API server says', '');
    if (sources.length > 0)
      lines.push(meta.origin === 'api-error' ? 'podlint mirrors:' : 'Based on:', '', ...sources, '');
    if (messages.length > 0)
      lines.push(
        'podlint reports:',
        '',
        ...messages.map((message) => `- ${message.replace(/\{\{\s*(\w+)\s*\}\}/g, '‹$1›')}`),
        '',
      );
  }
  if (examples?.bad || examples?.good) {
    lines.push('## Examples', '');
    if (examples.bad) lines.push('### Bad', '', ...exampleBlocks('bad', examples.bad));
    if (examples.good) lines.push('### Good', '', ...exampleBlocks('good', examples.good));
  }
  lines.push(
    '## Options',
    '',
    `No options besides the severity. In \`.podlint.yaml\`:`,
    '',
    '```yaml',
    'rules:',
    `  ${meta.id}: ${meta.recommended === false ? meta.severity : meta.severity === 'error' ? 'warning' : 'off'}   # off | info | warning | error`,
    '```',
    '',
    `Or suppress one finding with \`# podlint-disable-next-line ${meta.id} -- reason\`.`,
    '',
    '## How to fix',
    '',
    meta.fixable
      ? 'Follow the message; where the fix is unambiguous, `podlint --fix` (or the editor’s quick fix) makes it for you.'
      : 'Follow the message: it names the field, what is wrong with it and what to write instead. There is no automatic fix, because the right change depends on intent.',
    '',
  );
  return lines.join('\n');
}

export function renderRenamedPage(oldId: string, newId: string): string {
  return `# ${oldId}\n\nThis rule is now [\`${newId}\`](../${rulePagePath(newId)}). The old id still works in \`.podlint.yaml\`, suppression comments and annotations, with a warning that names the new one.\n`;
}

export function renderRuleIndex(rules: readonly Rule[], renamed: Readonly<Record<string, string>>): string {
  const byArea = new Map<string, Rule[]>();
  for (const rule of rules) {
    const area = ruleArea(rule.meta.id);
    byArea.set(area, [...(byArea.get(area) ?? []), rule]);
  }
  const lines = [
    '# Rules',
    '',
    '<!-- Generated by scripts/rule-pages.ts from the rules and their pages; do not edit by hand. -->',
    '',
    'Every rule, by area. **error** means the API server (or the workload’s controller) refuses the object; warnings and info are accepted by the API server but are almost certainly bugs. 🔧 marks rules with a safe automatic fix.',
    '',
  ];
  for (const [area, list] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## ${area}`, '', '| rule | severity | description |', '| --- | --- | --- |');
    for (const rule of [...list].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
      lines.push(
        `| [${rule.meta.id}](rules/${rulePagePath(rule.meta.id)})${rule.meta.fixable ? ' 🔧' : ''} | ${rule.meta.severity}${rule.meta.recommended === false ? ' (off by default)' : ''} | ${rule.meta.description.replace(/\|/g, '\\|')} |`,
      );
    }
    lines.push('');
  }
  const renamedIds = Object.entries(renamed);
  if (renamedIds.length > 0) {
    lines.push(
      '## Renamed rules',
      '',
      'The old ids still work, with a warning that names the new id.',
      '',
      '| old id | new id |',
      '| --- | --- |',
    );
    for (const [oldId, newId] of renamedIds.sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`| \`${oldId}\` | [${newId}](rules/${rulePagePath(newId)}) |`);
    lines.push('');
  }
  return lines.join('\n');
}
