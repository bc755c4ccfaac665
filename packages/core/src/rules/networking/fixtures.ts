/** An Ingress with the given `spec` body (unindented); the spec starts on line 6, column 3. */
export function ingress(spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
${spec.split('\n').map((line) => (line === '' ? line : `  ${line}`)).join('\n')}
`;
}

/** One rule for `host` with one path to Service web:80. */
export function hostRule(host: string, path = '/', pathType = 'Prefix'): string {
  return `rules:
  - host: ${host}
    http:
      paths:
        - path: ${path}
          pathType: ${pathType}
          backend:
            service: {name: web, port: {number: 80}}`;
}
