/**
 * Findings of `api-warning` rules start with the warning the API server sends, word for word, so
 * users recognise what `kubectl apply` prints; podlint's explanation follows the marker.
 */
const MARKER = " (the API server's warning): ";

export function withApiWarning(warning: string, explanation: string): string {
  return `${warning}${MARKER}${explanation}`;
}

/** The API server's warning a finding's message starts with; `undefined` when it quotes none. */
export function quotedApiWarning(message: string): string | undefined {
  const end = message.indexOf(MARKER);
  return end === -1 ? undefined : message.slice(0, end);
}
