import { withinConfinement } from '../../../common/access/access-policy';
import { mergeTags, statusChangedTitle, tagsAddedTitle, tagsProblem } from '../contact-rules';
import { ContactStatus } from '../entities/contact.entity';
import { ImportRow } from './csv-format';

/**
 * What one batch of CSV rows does to the contact table, decided without touching it: the runner
 * looks up the contacts the rows name, asks `planBatch`, and writes the answer. Pure, so the
 * import's rules are tested without a database and cannot drift from the contacts API's.
 */

export type RowResult = { ok: true; row: ImportRow } | { ok: false; message: string };
export interface PlanItem {
  row: number;
  result: RowResult;
}

/** A contact the batch names, as locked by the runner before planning. */
export interface ExistingContact {
  id: string;
  key: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  companyId: string | null;
  /** Lower-cased name of the contact's company: a row naming the same company changes nothing. */
  companyKey: string | null;
  status: ContactStatus;
  tags: string[];
  notes: string | null;
  assignedToId: string | null;
}

export interface PlanOptions {
  onDuplicate: 'update' | 'skip';
  /** Set when a member imports: every contact is theirs, and contacts of others are out of reach. */
  confinedTo: string | null;
  /** Lower-cased email, or a name no other active user has → user id (empty when a member imports). */
  owners: ReadonlyMap<string, string>;
}

export interface PlannedCreate {
  row: number;
  data: ImportRow;
  ownerId: string | null;
}

export interface PlannedUpdate {
  row: number;
  contact: ExistingContact;
  data: ImportRow;
  ownerId: string | null;
  /** Fields that change, as named in `contact_updated` events; empty when the row matches the contact. */
  changed: string[];
  tags: string[];
  added: string[];
}

export interface BatchPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  /** Rows whose contact exists while onDuplicate is `skip`. */
  skipped: number;
  errors: { row: number; message: string }[];
  /** Companies (as first spelled) the rows name that passed the owner check: created if missing, even for a skipped row. */
  companies: Map<string, string>;
}

/** The row's result, or a duplicate error when an earlier row of the run had the same email (case ignored). */
export function firstOccurrence(seen: Map<string, number>, row: number, result: RowResult): RowResult {
  if (!result.ok) return result;
  const key = result.row.email.toLowerCase();
  const first = seen.get(key);
  if (first !== undefined) return { ok: false, message: `duplicate of row ${first} (same email ${result.row.email})` };
  seen.set(key, row);
  return result;
}

/** Decides create / update / skip / error for every item; `existing` maps lower-cased email → contact. */
export function planBatch(existing: ReadonlyMap<string, ExistingContact>, items: readonly PlanItem[], options: PlanOptions): BatchPlan {
  const plan: BatchPlan = { creates: [], updates: [], skipped: 0, errors: [], companies: new Map() };
  for (const { row, result } of items) {
    if (!result.ok) {
      plan.errors.push({ row, message: result.message });
      continue;
    }
    const data = result.row;
    // A member's import assigns everything to them; otherwise undefined leaves the owner as it is.
    const ownerId = options.confinedTo ? options.confinedTo : data.owner ? options.owners.get(data.owner.toLowerCase()) : undefined;
    if (data.owner && !ownerId) {
      plan.errors.push({ row, message: `owner "${data.owner}" is not the email or name of an active user` });
      continue;
    }
    const companyKey = data.company?.toLowerCase();
    if (companyKey && !plan.companies.has(companyKey)) plan.companies.set(companyKey, data.company as string);

    const current = existing.get(data.email.toLowerCase());
    if (!current) {
      plan.creates.push({ row, data, ownerId: ownerId ?? null });
    } else if (options.onDuplicate === 'skip') {
      plan.skipped++;
    } else if (!withinConfinement(options.confinedTo, current.assignedToId)) {
      plan.errors.push({ row, message: 'a contact with this email exists and is assigned to another user' });
    } else {
      const { tags, added } = mergeTags(current.tags, data.tags);
      const tagProblem = tagsProblem(tags);
      if (tagProblem) {
        plan.errors.push({ row, message: `${tagProblem}; this one would have ${tags.length}` });
        continue;
      }
      const newOwner = ownerId === undefined || options.confinedTo ? current.assignedToId : ownerId;
      const changed = [
        data.firstName !== undefined && data.firstName !== current.firstName && 'firstName',
        data.lastName !== undefined && data.lastName !== current.lastName && 'lastName',
        data.phone !== undefined && data.phone !== current.phone && 'phone',
        companyKey !== undefined && companyKey !== current.companyKey && 'companyId',
        data.status !== undefined && data.status !== current.status && 'status',
        added.length > 0 && 'tags',
        data.notes !== undefined && data.notes !== current.notes && 'notes',
        newOwner !== current.assignedToId && 'assignedToId',
      ].filter((f): f is string => Boolean(f));
      plan.updates.push({ row, contact: current, data, ownerId: newOwner, changed, tags, added });
    }
  }
  return plan;
}

/** The timeline entries an import update writes, worded like the contacts API's and marked as the import's. */
export function updateActivities(update: PlannedUpdate): string[] {
  const titles: string[] = [];
  if (update.changed.includes('status')) titles.push(statusChangedTitle(update.contact.status, update.data.status as ContactStatus));
  if (update.added.length) titles.push(tagsAddedTitle(update.added));
  if (update.changed.includes('assignedToId')) titles.push(`Assigned to ${update.data.owner}`);
  return titles.map((title) => `${title} (CSV import)`);
}
