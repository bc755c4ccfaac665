import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every YAML and JSON file below `directory`, in a stable order (the whole-corpus tests walk the corpus with it). */
export function manifestsUnder(directory: string, out: string[] = []): string[] {
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) manifestsUnder(path, out);
    else if (/\.(ya?ml|json)$/i.test(entry)) out.push(path);
  }
  return out;
}
