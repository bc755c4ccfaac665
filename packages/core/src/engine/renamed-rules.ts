/**
 * Rule ids that were renamed, old → new. The old ids keep working wherever an id is accepted
 * (config `rules:`, suppression comments and annotations, `podlint rules ID`), with a warning
 * that names the new id.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {};
