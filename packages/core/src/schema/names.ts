/**
 * The name checks of k8s.io/apimachinery/pkg/util/validation: each function returns what is wrong
 * (empty when the value is valid). The `…Errors` functions phrase the reasons for people; label keys
 * and values can also be phrased as the API server words them (`…ServerErrors`), for rules that quote
 * the API server. Both phrasings come from one check, so they never disagree on what is valid.
 */
const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const QUALIFIED_NAME_PART_SOURCE = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const DNS1123_SUBDOMAIN_SOURCE = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
const QUALIFIED_NAME_MAX_LENGTH = 63;
const LABEL_VALUE_MAX_LENGTH = 63;
const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

export function dns1123SubdomainErrors(value: string): string[] {
  return subdomainFaults(value).map(personSubdomainReason);
}

/** IsDNS1123Subdomain's syntax test alone, for names whose length limit is not the subdomain's 253. */
export function dns1123SubdomainSyntaxErrors(value: string): string[] {
  return DNS1123_SUBDOMAIN.test(value) ? [] : [personSubdomainReason({ kind: 'notSubdomain' })];
}

export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  const length = lengthFault(value, 63);
  if (length) errors.push(`it is ${personLength(length)}`);
  if (!DNS1123_LABEL.test(value))
    errors.push(
      'it must be a lowercase RFC 1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit (e.g. "my-name"); dots are not allowed',
    );
  return errors;
}

export function dns1035LabelErrors(value: string): string[] {
  const errors: string[] = [];
  const length = lengthFault(value, 63);
  if (length) errors.push(`it is ${personLength(length)}`);
  if (!DNS1035_LABEL.test(value))
    errors.push(
      'it must be an RFC 1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit (e.g. "my-service"); dots are not allowed',
    );
  return errors;
}

/** path.IsValidPathSegmentName: anything but `.`, `..`, and names containing `/` or `%`. */
export function pathSegmentNameErrors(value: string): string[] {
  if (value === '.' || value === '..') return [`it may not be "${value}"`];
  const bad = ['/', '%'].filter((character) => value.includes(character));
  return bad.length ? [`it may not contain ${bad.map((c) => `"${c}"`).join(' or ')}`] : [];
}

/** One failed test of a name check, in the order apimachinery runs them. */
type LengthFault = { readonly kind: 'tooLong'; readonly value: string; readonly bytes: number; readonly limit: number };
type SubdomainFault = LengthFault | { readonly kind: 'notSubdomain' };
type QualifiedNameFault =
  | { readonly kind: 'tooManySlashes' }
  | { readonly kind: 'emptyPrefix' }
  | { readonly kind: 'prefix'; readonly prefix: string; readonly faults: readonly SubdomainFault[] }
  | { readonly kind: 'emptyName' }
  | { readonly kind: 'nameTooLong'; readonly length: LengthFault }
  | { readonly kind: 'nameSyntax'; readonly empty: boolean };
type LabelValueFault = LengthFault | { readonly kind: 'notLabelValue' };

/** Go's len(): the UTF-8 length. */
function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function lengthFault(value: string, limit: number): LengthFault | undefined {
  const bytes = byteLength(value);
  return bytes > limit ? { kind: 'tooLong', value, bytes, limit } : undefined;
}

/** IsDNS1123Subdomain. */
function subdomainFaults(value: string): SubdomainFault[] {
  const faults: SubdomainFault[] = [];
  const length = lengthFault(value, DNS1123_SUBDOMAIN_MAX_LENGTH);
  if (length) faults.push(length);
  if (!DNS1123_SUBDOMAIN.test(value)) faults.push({ kind: 'notSubdomain' });
  return faults;
}

/** IsQualifiedName: label and annotation keys, `[prefix/]name`. Go tests the name's syntax even when it is empty. */
function qualifiedNameFaults(key: string): QualifiedNameFault[] {
  const parts = key.split('/');
  if (parts.length > 2) return [{ kind: 'tooManySlashes' }];
  const name = parts[parts.length - 1] ?? '';
  const faults: QualifiedNameFault[] = [];
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') faults.push({ kind: 'emptyPrefix' });
    else {
      const prefixFaults = subdomainFaults(prefix);
      if (prefixFaults.length > 0) faults.push({ kind: 'prefix', prefix, faults: prefixFaults });
    }
  }
  const length = lengthFault(name, QUALIFIED_NAME_MAX_LENGTH);
  if (name === '') faults.push({ kind: 'emptyName' });
  else if (length) faults.push({ kind: 'nameTooLong', length });
  if (!QUALIFIED_NAME_PART.test(name)) faults.push({ kind: 'nameSyntax', empty: name === '' });
  return faults;
}

/** IsValidLabelValue: empty, or at most 63 bytes of the name-part alphabet. */
function labelValueFaults(value: string): LabelValueFault[] {
  const faults: LabelValueFault[] = [];
  const length = lengthFault(value, LABEL_VALUE_MAX_LENGTH);
  if (length) faults.push(length);
  if (value !== '' && !QUALIFIED_NAME_PART.test(value)) faults.push({ kind: 'notLabelValue' });
  return faults;
}

function personLength(fault: LengthFault): string {
  const unit = fault.bytes === fault.value.length ? 'characters' : 'bytes';
  return `${fault.bytes} ${unit} long; the limit is ${fault.limit}`;
}

function personSubdomainReason(fault: SubdomainFault): string {
  return fault.kind === 'tooLong'
    ? `it is ${personLength(fault)}`
    : 'it must be a lowercase RFC 1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit (e.g. "my-app.example.com")';
}

/** IsQualifiedName: label and annotation keys, `[prefix/]name`. */
export function qualifiedNameErrors(key: string): string[] {
  return qualifiedNameFaults(key).flatMap((fault): string[] => {
    switch (fault.kind) {
      case 'tooManySlashes':
        return [
          'it may contain at most one "/" (an optional DNS-subdomain prefix, then the name, e.g. "example.com/my-key")',
        ];
      case 'emptyPrefix':
        return ['the prefix before "/" is empty'];
      case 'prefix':
        return fault.faults.map(
          (reason) => `the prefix "${fault.prefix}" is invalid: ${personSubdomainReason(reason)}`,
        );
      case 'emptyName':
        return ['the name part is empty'];
      case 'nameTooLong':
        return [`the name part is ${personLength(fault.length)}`];
      case 'nameSyntax':
        // "the name part is empty" already says it all.
        return fault.empty
          ? []
          : [
              'the name part must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit',
            ];
    }
  });
}

/** IsValidLabelValue: empty, or at most 63 bytes of the name-part alphabet. */
export function labelValueErrors(value: string): string[] {
  return labelValueFaults(value).map((fault) =>
    fault.kind === 'tooLong'
      ? `it is ${personLength(fault)}`
      : 'it must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit (or be empty)',
  );
}

/** apimachinery's RegexError wording. */
function regexError(message: string, regex: string, examples: readonly string[]): string {
  return `${message} (e.g. ${examples.map((example) => `'${example}', `).join(' or ')}regex used for validation is '${regex}')`;
}

const SERVER_NAME_PART_MESSAGE = regexError(
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
  QUALIFIED_NAME_PART_SOURCE,
  ['MyName', 'my.name', '123-abc'],
);

function serverSubdomainReason(fault: SubdomainFault): string {
  return fault.kind === 'tooLong'
    ? `must be no more than ${fault.limit} bytes`
    : regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_SOURCE,
        ['example.com'],
      );
}

/** IsQualifiedName for a label key, in the API server's words, one reason per failed test. */
export function labelKeyServerErrors(key: string): string[] {
  return qualifiedNameFaults(key).flatMap((fault): string[] => {
    switch (fault.kind) {
      case 'tooManySlashes':
        return [
          `a valid label key ${SERVER_NAME_PART_MESSAGE} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
        ];
      case 'emptyPrefix':
        return ['prefix part must be non-empty'];
      case 'prefix':
        return fault.faults.map((reason) => `prefix part ${serverSubdomainReason(reason)}`);
      case 'emptyName':
        return ['name part must be non-empty'];
      case 'nameTooLong':
        return [`name part must be no more than ${fault.length.limit} bytes`];
      case 'nameSyntax':
        return [`name part ${SERVER_NAME_PART_MESSAGE}`];
    }
  });
}

/** IsValidLabelValue in the API server's words. */
export function labelValueServerErrors(value: string): string[] {
  return labelValueFaults(value).map((fault) =>
    fault.kind === 'tooLong'
      ? `must be no more than ${fault.limit} bytes`
      : regexError(
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
          `(${QUALIFIED_NAME_PART_SOURCE})?`,
          ['MyValue', 'my_value', '12345'],
        ),
  );
}
