/** An autoscaling/v2 HorizontalPodAutoscaler for Deployment web, with `fields` (unindented) in its spec from line 10. */
export function autoscaler(fields: string): string {
  return `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
${fields.split('\n').map((line) => `  ${line}`).join('\n')}
`;
}
