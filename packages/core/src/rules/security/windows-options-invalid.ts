import { defineRule } from '../../engine/rule.js';
import { securityContextsOf } from '../../model/security-contexts.js';
import { asObject } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const MAX_CREDENTIAL_SPEC_BYTES = 64 * 1024;
const MAX_DOMAIN_BYTES = 256;
const MAX_USER_BYTES = 104;
// Go's [[:cntrl:]]: ASCII control characters.
const CONTROL = /[\x00-\x1f\x7f]/;
const NETBIOS_DOMAIN = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const DNS_DOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
const USER_FORBIDDEN_CHARACTERS = /["/\\:;|=,+*?<>@[\]]/;
const ONLY_DOTS_AND_SPACES = /^[. ]+$/;

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Why the API server refuses a Windows user name (`DOMAIN\user` or `user`), in validateWindowsSecurityContextOptions' order. */
function runAsUserNameProblems(name: string): string[] {
  if (name === '') return ['it is empty'];
  if (CONTROL.test(name)) return ['it contains control characters'];
  const parts = name.split('\\');
  if (parts.length > 2) return ['it contains more than one backslash'];
  const [domain, user] = parts.length === 1 ? ['', parts[0] ?? ''] : [parts[0] ?? '', parts[1] ?? ''];
  const problems: string[] = [];
  if (byteLength(domain) >= MAX_DOMAIN_BYTES)
    problems.push(`its domain must be shorter than ${MAX_DOMAIN_BYTES} characters`);
  if (parts.length === 2 && !NETBIOS_DOMAIN.test(domain) && !DNS_DOMAIN.test(domain))
    problems.push('its domain is neither a NetBIOS name nor a DNS domain');
  if (user === '') problems.push('its user part is empty');
  else if (byteLength(user) > MAX_USER_BYTES)
    problems.push(`its user part is longer than ${MAX_USER_BYTES} characters`);
  if (ONLY_DOTS_AND_SPACES.test(user)) problems.push('its user part is only periods or spaces');
  if (USER_FORBIDDEN_CHARACTERS.test(user)) problems.push('its user part contains one of "/\\:;|=,+*?<>@[]');
  return problems;
}

export default defineRule({
  meta: {
    id: 'security/windows-options-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'windowsOptions must name a GMSA credential spec by a DNS subdomain, give a non-empty spec under 64 KiB, and a valid Windows user name.',
    fixable: false,
    containerFields: ['securityContext'],
    podSpecFields: ['securityContext'],
    sources: [{ package: CORE, function: 'validateWindowsSecurityContextOptions', type: 'Invalid' }],
    messages: {
      credentialSpecName:
        "gmsaCredentialSpecName {{value}} of {{owner}} is not the name of a GMSACredentialSpec: {{reasons}}; the API server refuses the object; write the object's name",
      credentialSpecEmpty:
        'gmsaCredentialSpec of {{owner}} is an empty string, which the API server refuses; remove it, or give the credential spec JSON',
      credentialSpecTooLong:
        'gmsaCredentialSpec of {{owner}} is {{size}} bytes; the API server refuses specs of 64 KiB or more; reference it by gmsaCredentialSpecName instead',
      userName:
        'runAsUserName {{value}} of {{owner}} is not a Windows user name: {{reasons}}; the API server refuses the object; write "DOMAIN\\\\user" or "user"',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const security of securityContextsOf(site)) {
          const options = asObject(security.context.windowsOptions);
          if (!options) continue;
          const path = [...security.path, 'windowsOptions'];
          const owner = security.owner;
          const specName = options.gmsaCredentialSpecName;
          if (typeof specName === 'string') {
            const reasons = dns1123SubdomainErrors(specName);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'gmsaCredentialSpecName'],
                messageId: 'credentialSpecName',
                data: { owner, value: JSON.stringify(specName), reasons: reasons.join('; ') },
              });
          }
          const spec = options.gmsaCredentialSpec;
          if (typeof spec === 'string') {
            const size = byteLength(spec);
            if (size === 0)
              context.report({
                resource,
                path: [...path, 'gmsaCredentialSpec'],
                messageId: 'credentialSpecEmpty',
                data: { owner },
              });
            else if (size > MAX_CREDENTIAL_SPEC_BYTES)
              context.report({
                resource,
                path: [...path, 'gmsaCredentialSpec'],
                messageId: 'credentialSpecTooLong',
                data: { owner, size },
              });
          }
          const userName = options.runAsUserName;
          if (typeof userName === 'string') {
            const reasons = runAsUserNameProblems(userName);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'runAsUserName'],
                messageId: 'userName',
                data: { owner, value: JSON.stringify(userName), reasons: reasons.join('; ') },
              });
          }
        }
      },
    };
  },
});
