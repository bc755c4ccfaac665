import { LineIndex, locate, resourcesOf, YamlManifestLoader } from '@podlint/core';
import type { DocumentSymbol } from 'vscode-languageserver';
import { toRange } from './diagnostics.js';

const loader = new YamlManifestLoader();
const CLASS = 5;

/** The outline: one symbol per object (List items included), named `Kind name`. */
export function documentSymbols(uri: string, text: string): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const documents = loader.load(uri, text).documents;
  const lines = new LineIndex(text);
  documents.forEach((document, i) => {
    if (document.broken) return;
    // A document spans from its start to the next one's (its own range is its first line).
    const end = lines.position(documents[i + 1]?.range.start.offset ?? text.length);
    const whole = toRange({ start: document.range.start, end });
    for (const resource of resourcesOf(uri, document).resources) {
      const range = resource.basePath.length ? toRange(locate(resource, [])) : whole;
      const selection = toRange(locate(resource, resource.name !== undefined ? ['metadata', 'name'] : ['kind']));
      symbols.push({
        name: `${resource.kind} ${resource.name ?? '(no name)'}`,
        detail: resource.apiVersion,
        kind: CLASS,
        range,
        selectionRange: within(selection, range) ? selection : range,
      });
    }
  });
  return symbols;
}

/** LSP requires the selection inside the range; a List item's name sits inside its item. */
function within(inner: DocumentSymbol['range'], outer: DocumentSymbol['range']): boolean {
  const before = (a: DocumentSymbol['range']['start'], b: DocumentSymbol['range']['start']): boolean =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
