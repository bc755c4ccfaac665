// Rules for a pod's name resolution: dnsPolicy with dnsConfig (validatePodDNSConfig) and hostAliases. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import hostAliasesInvalid from './host-aliases-invalid.js';
import nameserversInvalid from './nameservers-invalid.js';
import noneWithoutNameservers from './none-without-nameservers.js';
import searchesInvalid from './searches-invalid.js';

/** Checks of a pod's name resolution: dnsPolicy with dnsConfig (validatePodDNSConfig) and hostAliases. */
export const dnsRules: readonly Rule[] = [
  noneWithoutNameservers,
  nameserversInvalid,
  searchesInvalid,
  hostAliasesInvalid,
];
