import { Injectable, Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { once } from 'events';
import { ContactFilter } from './contact-query';
import { ContactsRepository, ContactView } from './contacts.repository';

/** Header names the import maps back onto the same fields, so an export can be re-imported. */
const COLUMNS = ['first_name', 'last_name', 'email', 'phone', 'company', 'status', 'tags', 'notes', 'owner_email', 'created_at', 'updated_at'];

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab/CR that some
 * spreadsheets skip before one of those) gets a leading apostrophe: it shows as text, never executes.
 */
export function escapeFormula(cell: string): string {
  // Also a cell already starting with apostrophes before one of those, so unescapeFormula can tell them apart.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Undoes escapeFormula when a file is imported, so an exported `+1 555 0167` comes back as it was. */
export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A tag holding a separator is quoted, so the import (splitTagCell) reads it back as one tag. */
function tagCell(tag: string): string {
  return /[|,"]/.test(tag) ? `"${tag.replace(/"/g, '""')}"` : tag;
}

function toCells(contact: ContactView): string[] {
  return [
    contact.firstName,
    contact.lastName,
    contact.email,
    contact.phone ?? '',
    contact.companyName ?? '',
    contact.status,
    contact.tags.map(tagCell).join('|'),
    contact.notes ?? '',
    contact.assignedToEmail ?? '',
    contact.createdAt.toISOString(),
    contact.updatedAt.toISOString(),
  ].map(escapeFormula);
}

/** Streams contacts as CSV, one keyset batch at a time, respecting the response's backpressure. */
@Injectable()
export class ContactExporter {
  private readonly logger = new Logger(ContactExporter.name);

  constructor(private readonly repository: ContactsRepository) {}

  async export(filter: ContactFilter, res: Response): Promise<void> {
    const date = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="contacts-${date}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    // The BOM makes Excel read the file as UTF-8; the import strips it again.
    res.write('\uFEFF' + stringify([COLUMNS]));
    try {
      for await (const batch of this.repository.iterate(filter)) {
        if (res.destroyed) return;
        if (!res.write(stringify(batch.map(toCells)))) await once(res, 'drain');
      }
      res.end();
    } catch (error) {
      // The status line is gone already: cutting the connection is the only way to say the file is incomplete.
      this.logger.error(`Contact export failed: ${(error as Error).message}`);
      res.destroy(error as Error);
    }
  }
}
