import { CONTACT_STATUSES, ContactStatus } from './entities/contact.entity';
import { TAG_MAX_LENGTH, TAGS_PER_CONTACT_MAX, newTags, normalizeTags } from './tags';

/**
 * The rules every change to a contact obeys, whoever makes it (the contacts API, a workflow, a CSV
 * import): pure functions, so the API and the import runner cannot drift apart.
 */

/** Emails are kept as typed, without surrounding whitespace; uniqueness ignores case (the index is on lower(email)). */
export function normalizeEmail(raw: string): string {
  return raw.trim();
}

/** The status a text names, ignoring case and surrounding whitespace; null when it names none. */
export function parseStatus(raw: string): ContactStatus | null {
  const wanted = raw.trim().toLowerCase();
  return (CONTACT_STATUSES as readonly string[]).includes(wanted) ? (wanted as ContactStatus) : null;
}

export function unknownStatusMessage(raw: string): string {
  return `unknown status "${raw}" (use ${CONTACT_STATUSES.join(', ')})`;
}

/** Why a contact may not hold these (normalized) tags, or null when it may. */
export function tagsProblem(tags: readonly string[]): string | null {
  const long = tags.find((tag) => tag.length > TAG_MAX_LENGTH);
  if (long) return `Tag "${long.slice(0, 20)}…" is longer than ${TAG_MAX_LENGTH} characters`;
  if (tags.length > TAGS_PER_CONTACT_MAX) return `A contact holds at most ${TAGS_PER_CONTACT_MAX} tags`;
  return null;
}

/** A contact's tags after adding `incoming` (normalized, existing order kept), and which of them are new. */
export function mergeTags(current: readonly string[], incoming: readonly string[]): { tags: string[]; added: string[] } {
  const added = newTags(current, incoming);
  return { tags: [...current, ...added], added };
}

/** The timeline entry of a status change. */
export function statusChangedTitle(from: ContactStatus, to: ContactStatus): string {
  return `Status changed from ${from} to ${to}`;
}

/** The timeline entry of tags added to a contact. */
export function tagsAddedTitle(added: readonly string[]): string {
  return `${added.length === 1 ? 'Tag' : 'Tags'} added: ${added.join(', ')}`;
}

/** The timeline entry of a new owner (by name), or of none. */
export function ownerChangedTitle(ownerName: string | null): string {
  return ownerName ? `Assigned to ${ownerName}` : 'Owner removed';
}

/**
 * Splits an import cell into tags: separated by `|` or `,`, each optionally in double quotes (a
 * Mailchimp `TAGS` cell reads `"newsletter","webinar 2026"`), so a quoted tag may hold a comma.
 */
export function splitTagCell(cell: string): string[] {
  const tags: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i];
    if (quoted) {
      if (char === '"' && cell[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        current += char;
      }
    } else if (char === '"' && current.trim() === '') {
      current = '';
      quoted = true;
    } else if (char === '|' || char === ',') {
      tags.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  tags.push(current);
  return normalizeTags(tags);
}
