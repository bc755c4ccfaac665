/**
 * Label key and value syntax, as apimachinery's `IsQualifiedName` / `IsLabelValue` report it:
 * one message per failed test, in the same order and wording.
 */
const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const NAME_PART_REGEX = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function regexError(message: string, regex: string, examples: string[]): string {
  return `${message} (e.g. ${examples.map((example) => `'${example}', `).join(' or ')}regex used for validation is '${regex}')`;
}

const NAME_MESSAGE = regexError(
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
  NAME_PART_REGEX,
  ['MyName', 'my.name', '123-abc'],
);

export function dnsSubdomainProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 253) problems.push('must be no more than 253 bytes');
  if (!DNS_SUBDOMAIN.test(value)) {
    problems.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*',
        ['example.com'],
      ),
    );
  }
  return problems;
}

/** `IsQualifiedName` (label keys): optional DNS-subdomain prefix and `/`, then a name of at most 63 bytes. */
export function labelKeyProblems(key: string): string[] {
  const parts = key.split('/');
  const problems: string[] = [];
  let name: string;
  if (parts.length === 1) {
    name = key;
  } else if (parts.length === 2) {
    const [prefix = '', rest = ''] = parts;
    name = rest;
    if (prefix === '') problems.push('prefix part must be non-empty');
    else problems.push(...dnsSubdomainProblems(prefix).map((problem) => `prefix part ${problem}`));
  } else {
    return [
      `a valid label key ${NAME_MESSAGE} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name === '') problems.push('name part must be non-empty');
  else if (byteLength(name) > 63) problems.push('name part must be no more than 63 bytes');
  if (!NAME_PART.test(name)) problems.push(`name part ${NAME_MESSAGE}`);
  return problems;
}

/** `IsLabelValue`: empty, or at most 63 bytes of the name-part alphabet. */
export function labelValueProblems(value: string): string[] {
  const problems: string[] = [];
  if (byteLength(value) > 63) problems.push('must be no more than 63 bytes');
  if (value !== '' && !NAME_PART.test(value)) {
    problems.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        `(${NAME_PART_REGEX})?`,
        ['MyValue', 'my_value', '12345'],
      ),
    );
  }
  return problems;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
