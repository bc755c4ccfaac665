// Deletes inline `help:` from rule metadata once the rule's page exists: the page is then the one
// place the help is written. Only literal help (a string, a template, or `[...].join('\n')`) in an
// object that also names a literal rule `id` is removed; computed help stays and is reported.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

function moduleFiles(directory: URL): URL[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return moduleFiles(new URL(`${entry.name}/`, directory));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [new URL(entry.name, directory)] : [];
  });
}

function isLiteralHelp(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'join'
  ) {
    return (
      ts.isArrayLiteralExpression(node.expression.expression) &&
      node.expression.expression.elements.every(
        (element) => ts.isStringLiteral(element) || ts.isNoSubstitutionTemplateLiteral(element),
      )
    );
  }
  return false;
}

/** Returns the modules changed, relative to `sourceRoot`. */
export function dropInlineHelp(sourceRoot: URL, hasPage: (id: string) => boolean): string[] {
  const changed: string[] = [];
  for (const file of moduleFiles(sourceRoot)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('help:')) continue;
    const source = ts.createSourceFile(file.pathname, text, ts.ScriptTarget.Latest, true);
    const removals: Array<{ start: number; end: number }> = [];
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const id = node.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id',
        );
        const help = node.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'help',
        );
        if (
          id &&
          help &&
          ts.isStringLiteral(id.initializer) &&
          hasPage(id.initializer.text) &&
          isLiteralHelp(help.initializer)
        ) {
          // The whole line(s) of the property, with its comma.
          const start = text.lastIndexOf('\n', help.getStart(source)) + 1;
          let end = help.getEnd();
          if (text[end] === ',') end++;
          if (text[end] === '\n') end++;
          removals.push({ start, end });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (removals.length === 0) continue;
    let out = text;
    for (const { start, end } of removals.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
    writeFileSync(file, out);
    changed.push(file.pathname.slice(sourceRoot.pathname.length));
  }
  return changed;
}
