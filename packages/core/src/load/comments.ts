import { Parser } from 'yaml';

/**
 * The comments of a YAML text, as eemeli/yaml's concrete syntax tree keeps them (document
 * prefixes, between items, after values, in flow collections): the parser decides which `#`
 * starts a comment, so a `#` inside a block scalar or a quoted string is never one. Walked with
 * an explicit stack: a hostile file can nest thousands of levels.
 */
export function yamlComments(text: string): Array<{ offset: number; source: string }> {
  const comments: Array<{ offset: number; source: string }> = [];
  const pending: unknown[] = [...new Parser().parse(text)];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (Array.isArray(node)) {
      for (const item of node) pending.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) pending.push(value);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}
