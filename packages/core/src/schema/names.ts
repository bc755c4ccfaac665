/**
 * The name checks of k8s.io/apimachinery/pkg/util/validation, with the reasons phrased for people:
 * each function returns what is wrong (empty when the value is valid).
 */
const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push(`it is ${value.length} characters long; the limit is 253`);
  if (!DNS1123_SUBDOMAIN.test(value))
    errors.push(
      'it must be a lowercase RFC 1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit (e.g. "my-app.example.com")',
    );
  return errors;
}

export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(`it is ${value.length} characters long; the limit is 63`);
  if (!DNS1123_LABEL.test(value))
    errors.push(
      'it must be a lowercase RFC 1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit (e.g. "my-name"); dots are not allowed',
    );
  return errors;
}

export function dns1035LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(`it is ${value.length} characters long; the limit is 63`);
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

/** IsQualifiedName: label and annotation keys, `[prefix/]name`. */
export function qualifiedNameErrors(key: string): string[] {
  const parts = key.split('/');
  if (parts.length > 2)
    return [
      'it may contain at most one "/" (an optional DNS-subdomain prefix, then the name, e.g. "example.com/my-key")',
    ];
  const name = parts[parts.length - 1] ?? '';
  const errors: string[] = [];
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') errors.push('the prefix before "/" is empty');
    else errors.push(...dns1123SubdomainErrors(prefix).map((reason) => `the prefix "${prefix}" is invalid: ${reason}`));
  }
  if (name === '') errors.push('the name part is empty');
  else {
    if (name.length > 63) errors.push(`the name part is ${name.length} characters long; the limit is 63`);
    if (!QUALIFIED_NAME_PART.test(name))
      errors.push(
        'the name part must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit',
      );
  }
  return errors;
}

/** IsValidLabelValue: empty, or at most 63 characters of the name-part alphabet. */
export function labelValueErrors(value: string): string[] {
  if (value === '') return [];
  const errors: string[] = [];
  if (value.length > 63) errors.push(`it is ${value.length} characters long; the limit is 63`);
  if (!QUALIFIED_NAME_PART.test(value))
    errors.push(
      'it must consist of letters, digits, "-", "_" or ".", and start and end with a letter or digit (or be empty)',
    );
  return errors;
}
