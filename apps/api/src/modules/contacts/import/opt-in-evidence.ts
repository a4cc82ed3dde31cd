import { normalizeHeader } from './csv-format';

/** Proof of consent a row carries (Mailchimp audience exports: OPTIN_TIME, OPTIN_IP, CONFIRM_TIME, CONFIRM_IP). */
export interface OptInEvidence {
  optedInAt: Date | null;
  optInIp: string | null;
  confirmedAt: Date | null;
  confirmIp: string | null;
}

/** Where the evidence columns are; null when the file has none (most files). */
export interface EvidenceColumns {
  optInTime?: number;
  optInIp?: number;
  confirmTime?: number;
  confirmIp?: number;
}

const HEADERS: Record<string, keyof EvidenceColumns> = { optintime: 'optInTime', optinip: 'optInIp', confirmtime: 'confirmTime', confirmip: 'confirmIp' };

/**
 * The evidence columns, found by header whatever the column is mapped to: OPTIN_TIME is also the
 * contact's creation date, and the other three have no contact field at all.
 */
export function evidenceColumns(headers: string[]): EvidenceColumns | null {
  const found: EvidenceColumns = {};
  headers.forEach((header, index) => {
    const name = HEADERS[normalizeHeader(header)];
    if (name && found[name] === undefined) found[name] = index;
  });
  return found.optInTime !== undefined || found.confirmTime !== undefined ? found : null;
}

/** Mailchimp writes `2025-01-01 09:00:11` in UTC; ISO 8601 with a zone is taken as written. Anything else is no time. */
export function parseEvidenceTime(value: string): Date | null {
  const text = value.trim();
  const plain = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const date = plain
    ? new Date(Date.UTC(+plain[1], +plain[2] - 1, +plain[3], +plain[4], +plain[5], +(plain[6] ?? 0)))
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)
      ? new Date(text)
      : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  // Date.UTC rolls 2025-02-30 over into March and month 13 into next year: not what the file says.
  if (plain && (date.getUTCMonth() !== +plain[2] - 1 || date.getUTCDate() !== +plain[3] || +plain[4] > 23 || +plain[5] > 59)) return null;
  return date;
}

/** An address as the ledger keeps it: IPv4 or IPv6 characters only, at most 45 of them. */
function parseIp(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  return /^[0-9a-fA-F.:]{2,45}$/.test(text) ? text : null;
}

/** The row's evidence; null when it has no opt-in or confirmation time. */
export function readEvidence(record: string[], columns: EvidenceColumns): OptInEvidence | null {
  const cell = (index: number | undefined) => (index === undefined ? '' : (record[index] ?? ''));
  const optedInAt = parseEvidenceTime(cell(columns.optInTime));
  const confirmedAt = parseEvidenceTime(cell(columns.confirmTime));
  if (!optedInAt && !confirmedAt) return null;
  return { optedInAt, optInIp: parseIp(cell(columns.optInIp)), confirmedAt, confirmIp: parseIp(cell(columns.confirmIp)) };
}
