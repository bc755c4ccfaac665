// The peer for `pnpm bench`: kubeconform, installed from the Go module proxy into the git-ignored
// `.tools/` folder, with offline schemas generated from the same OpenAPI document podlint's 1.37
// schema comes from (k8s.io/kubernetes's api/openapi-spec/swagger.json), in kubeconform's
// "standalone-strict" layout: one self-contained JSON schema per kind, objects closed with
// `additionalProperties: false`. Nothing here is committed output: it is rebuilt when missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KUBECONFORM_MODULE = 'github.com/yannh/kubeconform/cmd/kubeconform';
export const KUBECONFORM_VERSION = 'v0.7.0';
const KUBERNETES_MODULE = 'k8s.io/kubernetes@v1.37.2';
const SCHEMA_RELEASE = 'v1.37.2';

/** Installs kubeconform (once) and returns the path of its binary. */
export function installKubeconform(toolsDir) {
  const bin = join(toolsDir, 'bin', 'kubeconform');
  if (existsSync(bin)) return bin;
  mkdirSync(join(toolsDir, 'bin'), { recursive: true });
  console.error(`installing ${KUBECONFORM_MODULE}@${KUBECONFORM_VERSION} into ${toolsDir}/bin …`);
  execFileSync('go', ['install', `${KUBECONFORM_MODULE}@${KUBECONFORM_VERSION}`], {
    env: { ...process.env, GOBIN: join(toolsDir, 'bin'), GOFLAGS: '-mod=mod' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return bin;
}

/**
 * Writes the standalone-strict schemas (once) and returns the `-schema-location` template that
 * points kubeconform at them.
 */
export function generateKubeconformSchemas(toolsDir) {
  const root = join(toolsDir, 'kubeconform-schemas');
  const folder = join(root, `${SCHEMA_RELEASE}-standalone-strict`);
  const template = `${root}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`;
  if (existsSync(join(folder, 'deployment-apps-v1.json'))) return template;
  const modcache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
  const swaggerPath = join(modcache, KUBERNETES_MODULE, 'api', 'openapi-spec', 'swagger.json');
  if (!existsSync(swaggerPath)) {
    throw new Error(
      `${swaggerPath} is missing: build the oracle first (bash test/oracle/build.sh downloads the module)`,
    );
  }
  const definitions = JSON.parse(readFileSync(swaggerPath, 'utf8')).definitions;
  mkdirSync(folder, { recursive: true });
  let written = 0;
  for (const [name, definition] of Object.entries(definitions)) {
    for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
      const schema = standalone(definitions, name, new Set());
      const file = `${gvk.kind.toLowerCase()}${kindSuffix(gvk.group, gvk.version)}.json`;
      writeFileSync(join(folder, file), JSON.stringify({ $schema: 'http://json-schema.org/schema#', ...schema }));
      written++;
    }
  }
  console.error(`wrote ${written} kubeconform schemas to ${folder}`);
  return template;
}

/** kubeconform's file-name suffix: `-apps-v1`, `-networking-v1` (the group's first label), `-v1` for core. */
function kindSuffix(group, version) {
  const first = group.split('.')[0];
  return first ? `-${first.toLowerCase()}-${version.toLowerCase()}` : `-${version.toLowerCase()}`;
}

/**
 * A definition with every `$ref` inlined and every object closed, the way openapi2jsonschema
 * writes kubeconform's schemas; a reference back into the chain (JSONSchemaProps) becomes `{}`.
 */
function standalone(definitions, name, chain) {
  if (name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString')
    return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity')
    return { oneOf: [{ type: 'string' }, { type: 'number' }] };
  if (chain.has(name)) return {};
  const next = new Set(chain).add(name);
  return convert(definitions[name] ?? {}, (ref) => standalone(definitions, ref, next));
}

/** openapi2jsonschema lets a property be null (`key:` with no value in YAML), as the API server's decoder does. */
function nullable(schema) {
  return typeof schema.type === 'string' ? { ...schema, type: [schema.type, 'null'] } : schema;
}

function convert(schema, resolve) {
  if (schema.$ref) return resolve(schema.$ref.replace('#/definitions/', ''));
  const out = {};
  if (schema.type) out.type = schema.type;
  if (schema.format && schema.format !== 'int-or-string') out.format = schema.format;
  if (schema.enum) out.enum = schema.enum;
  if (schema.required) out.required = schema.required;
  if (schema.items) out.items = convert(schema.items, resolve);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, nullable(convert(value, resolve))]),
    );
    out.additionalProperties = false;
  } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    out.additionalProperties = convert(schema.additionalProperties, resolve);
  }
  return out;
}
