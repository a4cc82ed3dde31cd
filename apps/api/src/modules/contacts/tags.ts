/** Longest tag we keep; longer ones are refused (API) or reported (import), never cut silently. */
export const TAG_MAX_LENGTH = 50;
/** A contact holds at most this many tags, so a runaway workflow or import cannot bloat a row. */
export const TAGS_PER_CONTACT_MAX = 100;

/**
 * Tags are stored lower-case, trimmed, with inner whitespace folded: "VIP " and "vip" are one tag,
 * the `tag` filter can use the GIN index with a plain equality, and a workflow triggered by
 * `{tag: "vip"}` matches whatever spelling a user typed. Empties and duplicates are dropped.
 */
export function normalizeTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean))];
}

/** Tags of `incoming` that `existing` does not hold yet. */
export function newTags(existing: readonly string[], incoming: readonly string[]): string[] {
  const have = new Set(existing);
  return normalizeTags(incoming).filter((t) => !have.has(t));
}
