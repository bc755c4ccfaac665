import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { podlintVersion } from '@podlint/core';
import { serve } from './server.js';

const HELP = `podlint-lsp: the podlint language server (Kubernetes manifest diagnostics, quick fixes,
hover and completion for YAML and JSON manifests)

Usage:
  podlint-lsp --stdio      speak the Language Server Protocol on standard input and output
  podlint-lsp --help       show this help
  podlint-lsp --version    print the version

Settings (workspace/configuration, section "podlint"): enable, kubernetesVersion, rules, base.
Editor set-ups: docs/editors.md.
`;

/** `podlint-lsp --stdio`: diagnostics, code actions, hover and completion over stdio. */
export function start(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${podlintVersion}\n`);
    return;
  }
  if (!argv.includes('--stdio')) {
    process.stderr.write(
      'podlint-lsp: the only transport is --stdio\nusage: podlint-lsp --stdio (see podlint-lsp --help)\n',
    );
    process.exitCode = 2;
    return;
  }
  serve(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
}
