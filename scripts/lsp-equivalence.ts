// Checks the language server's incremental linting against lint() on every manifest under a
// directory: the same findings (rule, message, range, fix, related locations) for every file.
// Usage: node --conditions=source --import tsx scripts/lsp-equivalence.ts <directory>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding } from '../packages/core/src/index.ts';
import { IncrementalLinter } from '../packages/lsp/src/service/incremental.ts';

function* manifests(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* manifests(path);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) yield path;
  }
}

const comparable = (findings: readonly Finding[]): string =>
  JSON.stringify(
    findings
      .map((finding) => [finding.ruleId, finding.message, finding.range, finding.fix ?? null, finding.related ?? null])
      .sort(),
  );

const directory = process.argv[2];
if (!directory) {
  console.error('usage: scripts/lsp-equivalence.ts <directory of manifests>');
  process.exit(2);
}
let files = 0;
const differing: string[] = [];
for (const path of manifests(directory)) {
  const text = readFileSync(path, 'utf8');
  files++;
  const whole = comparable(lint([{ file: path, text }]).files[0]?.findings ?? []);
  const incremental = comparable(new IncrementalLinter(path).lint(text, {}));
  if (whole !== incremental) differing.push(path);
}
for (const path of differing.slice(0, 20)) console.log(`differs: ${path}`);
console.log(`${files} files, ${differing.length} differ`);
process.exitCode = differing.length === 0 ? 0 : 1;
