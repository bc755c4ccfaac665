/**
 * The loader's resource limits. Each one keeps a hostile or broken file from costing more than a
 * bounded amount of stack, memory or time, and each is far above what real manifests need.
 */

/**
 * Levels of mappings and sequences a document may nest. eemeli/yaml composes recursively and runs
 * out of stack near 400 levels of flow sequences, so anything deeper is refused before composing.
 * Real manifests stay under 40 levels; CustomResourceDefinition schemas under 100. (The API server
 * itself stops at 10,000, go-yaml's limit, which no JavaScript stack can follow.)
 */
export const NESTING_LIMIT = 256;

/** Guards against "billion laughs": expansion stops once aliases would copy this many nodes. */
export const ALIAS_EXPANSION_LIMIT = 1000;

/**
 * Files longer than this (in characters) keep only their plain values in memory; the syntax tree
 * of a document is parsed again when a finding needs its position. A syntax tree costs about 25
 * times the text it came from, so a 50 MB file would otherwise need more than a gigabyte; parsing
 * again costs time (rules report rule by rule, so every finding may mean one more parse: about
 * twice the time of a run), which is why files below this keep their trees.
 */
export const KEEP_SYNTAX_TREES_UP_TO = 8 * 1024 * 1024;

/** Re-parsed syntax trees kept per large file, most recently used first. */
export const REPARSED_TREE_CACHE_SIZE = 64;

/** Invalid characters reported per file; one is enough to find the rest with an editor. */
export const INVALID_CHARACTER_REPORT_LIMIT = 20;

/** Duplicate keys reported per document: a generator gone wrong can repeat one key a million times. */
export const DUPLICATE_KEY_REPORT_LIMIT = 100;

/**
 * Nodes (mappings, sequences, scalars) one document may have. Composing costs about a kilobyte
 * per node whatever its size, so a 2 MB JSON array of a million zeros needed 1.1 GB: past this a
 * document is refused before it is composed (long documents are counted by a lexer-only pre-scan,
 * `prescan.ts`, before they are even parsed), which keeps memory within a bounded multiple of the
 * input. A List of 30,000 Pods has about 450,000 nodes; a large CRD about 50,000.
 */
export const DOCUMENT_NODE_LIMIT = 500_000;
