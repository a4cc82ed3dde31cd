import { isEmail } from 'class-validator';
import { splitTagCell } from '../contact-rules';
import { normalizeTag } from '../tags';

/** A column with more distinct values than this is free text, not a set of values to map. */
export const DISTINCT_VALUES_MAX = 50;
/** Cells of each column kept to guess its type from: enough to see repetition, little memory. */
export const SAMPLE_CELLS_MAX = 500;
const SAMPLE_CHARS_MAX = 100_000;

export interface ColumnValue {
  value: string;
  count: number;
}

/**
 * What a preview learns from every row of the file, column by column, so the answer holds for
 * whichever column the user finally maps to email, status or tags: the distinct values of each
 * column (for value mapping), the emails it holds (to count contacts the import would create) and
 * how many rows carry each tag a workflow listens for. Memory: the email columns' distinct
 * addresses, at most 50 values per other column.
 */
export class PreviewFigures {
  private readonly values: (Map<string, number> | null)[] = [];
  private readonly emails: Set<string>[] = [];
  private readonly tagRows: Map<string, number>[] = [];
  private readonly nonEmpty: number[] = [];
  private readonly samples: { cells: string[]; chars: number }[] = [];

  /** `watchedTags`: normalized tags of `tag_added` workflows. */
  constructor(private readonly watchedTags: string[]) {}

  add(record: string[]): void {
    record.forEach((raw, index) => {
      const cell = raw.trim();
      if (!cell) return;
      this.nonEmpty[index] = (this.nonEmpty[index] ?? 0) + 1;
      this.countValue(index, cell);
      this.keepSample(index, cell);
      this.collectEmail(index, cell);
      this.countTags(index, cell);
    });
  }

  /** Distinct values of a column, most frequent first; null when it has more than DISTINCT_VALUES_MAX. */
  valuesOf(index: number): ColumnValue[] | null {
    const values = this.values[index];
    if (values === null) return null;
    return [...(values ?? new Map<string, number>())]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }

  /** The column's first non-empty cells (up to SAMPLE_CELLS_MAX, or fewer when they are long), as the file has them. */
  samplesOf(index: number): string[] {
    return this.samples[index]?.cells ?? [];
  }

  /** Distinct valid addresses (lower-cased) of a column. */
  emailsOf(index: number): string[] {
    return [...(this.emails[index] ?? [])];
  }

  /** Rows whose cell in this column, read as a tag list, holds `tag`; with no tag, rows with any tag. */
  rowsWithTag(index: number, tag: string | null): number {
    if (!tag) return this.nonEmpty[index] ?? 0;
    return this.tagRows[index]?.get(normalizeTag(tag)) ?? 0;
  }

  private countValue(index: number, cell: string): void {
    if (this.values[index] === null) return;
    const values = (this.values[index] ??= new Map());
    values.set(cell, (values.get(cell) ?? 0) + 1);
    if (values.size > DISTINCT_VALUES_MAX) this.values[index] = null;
  }

  private keepSample(index: number, cell: string): void {
    const sample = (this.samples[index] ??= { cells: [], chars: 0 });
    if (sample.cells.length >= SAMPLE_CELLS_MAX || sample.chars + cell.length > SAMPLE_CHARS_MAX) return;
    sample.cells.push(cell);
    sample.chars += cell.length;
  }

  private collectEmail(index: number, cell: string): void {
    // Each cell is judged on its own: a column whose first cell is a typo still counts its addresses,
    // and only addresses are kept, so a free-text column costs nothing.
    if (isEmail(cell)) (this.emails[index] ??= new Set()).add(cell.toLowerCase());
  }

  private countTags(index: number, cell: string): void {
    if (!this.watchedTags.length) return;
    const lower = cell.toLowerCase();
    if (!this.watchedTags.some((tag) => lower.includes(tag))) return;
    const tags = new Set(splitTagCell(cell));
    const counts = (this.tagRows[index] ??= new Map());
    for (const tag of this.watchedTags) if (tags.has(tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
}
