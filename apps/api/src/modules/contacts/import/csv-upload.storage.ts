import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { extname } from 'path';
import type { Readable } from 'stream';
import { finished } from 'stream/promises';
import { validationProblem } from '../../../common/filters/problem';
import { Delimiter, createCsvParser, detectDelimiter, isBlankRecord } from './csv-format';

/** Size of one stored piece of the upload (a `contact_import_chunk` row). */
export const CHUNK_BYTES = 1024 * 1024;
/** Bytes looked at before deciding the delimiter: enough for any real header line. */
const SNIFF_BYTES = 64 * 1024;

const UTF16_LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16_BE_BOM = Buffer.from([0xfe, 0xff]);

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
/**
 * What browsers and OSes send for a CSV (Windows says Excel). A generic type such as
 * application/octet-stream passes only with a CSV-like file extension.
 */
const CSV_MIME_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv', 'application/vnd.ms-excel']);

export interface CsvUploadInfo {
  size: number;
  delimiter: Delimiter;
  headers: string[];
  /** Data rows (blank rows left out, unreadable rows counted: they will be reported). */
  rows: number;
  /** The first data rows, for a preview. */
  sample: string[][];
}

function notCsv(message: string) {
  return validationProblem([{ field: 'file', message }], `Not a CSV file: ${message}`);
}

/**
 * Multer storage that streams the upload through `store` piece by piece (the caller writes them to
 * PostgreSQL) while checking that it is UTF-8 text and parsing it with the import's own parser, so
 * the request answers 400 for a file that is not a CSV and the job knows its row count up front.
 * Nothing is held in memory beyond one piece and the parser's current record.
 *
 * `_removeFile` does nothing: the caller writes inside a transaction it rolls back on any error.
 */
export class CsvUploadStorage implements StorageEngine {
  info?: CsvUploadInfo;
  private closed = false;

  constructor(
    private readonly store: (seq: number, data: Buffer) => Promise<void>,
    private readonly options: {
      /** Keep this many of the first rows. */
      sampleRows?: number;
      /** A preview may be sent a slice of the file, cut in the middle of a character. */
      preview?: boolean;
      /** Sees every data row (not blank, not unreadable), for a preview's figures. */
      onRecord?: (record: string[]) => void;
    } = {},
  ) {}

  _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    this.consume(file).then(
      (info) => {
        this.info = info;
        callback(null, { size: info.size });
      },
      (error) => callback(error),
    );
  }

  /** After the request has failed: a stream still draining must not write into a released connection. */
  close(): void {
    this.closed = true;
  }

  _removeFile(_req: Request, _file: Express.Multer.File, callback: (error: Error | null) => void): void {
    callback(null);
  }

  private async consume(file: Express.Multer.File): Promise<CsvUploadInfo> {
    const stream = file.stream as Readable;
    const extension = extname(file.originalname ?? '').toLowerCase();
    if (!CSV_EXTENSIONS.has(extension) && !CSV_MIME_TYPES.has(file.mimetype)) {
      stream.resume();
      throw notCsv(`${file.originalname} (${file.mimetype}) is not a .csv file; save spreadsheets as CSV (UTF-8) first`);
    }
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const wanted = this.options.sampleRows ?? 0;
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let head = Buffer.alloc(0);
    let parser: ReturnType<typeof createCsvParser> | undefined;
    let delimiter: Delimiter = ',';
    let headers: string[] | undefined;
    let rows = 0;
    const sample: string[][] = [];
    let parseError: Error | undefined;

    const startParser = (bytes: Buffer) => {
      delimiter = detectDelimiter(bytes.toString('utf8'));
      parser = createCsvParser(delimiter, () => {
        if (headers) rows++;
      });
      parser.on('data', (record: string[]) => {
        if (!headers) {
          headers = record.map((h) => h.trim());
          return;
        }
        if (isBlankRecord(record)) return;
        rows++;
        if (sample.length < wanted) sample.push(record);
        this.options.onRecord?.(record);
      });
      parser.on('error', (error) => (parseError = error));
      parser.write(bytes);
    };
    const flush = async () => {
      if (pendingBytes === 0) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      if (this.closed) throw new Error('upload aborted');
      await this.store(seq++, data);
    };

    // destroyOnReturn false: leaving the loop early (a refused file) must not destroy busboy's
    // stream, which would abort the whole request. The rest of the part is drained only once the
    // loop has handed the stream back: resumed while the iterator still listens for 'readable',
    // it stays paused, and an upload arriving in more than one piece is never read to its end.
    let complete = false;
    try {
      for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        if (size === 0 && (chunk.subarray(0, 2).equals(UTF16_LE_BOM) || chunk.subarray(0, 2).equals(UTF16_BE_BOM))) {
          throw notCsv(`${file.originalname} is UTF-16 text; save it as "CSV UTF-8"`);
        }
        if (size === 0 && chunk.includes(0)) throw notCsv(`${file.originalname} holds binary data, not text`);
        size += chunk.length;
        try {
          decoder.decode(chunk, { stream: true });
        } catch {
          throw notCsv(`${file.originalname} is not UTF-8 text; save it as "CSV UTF-8"`);
        }
        if (!parser) {
          head = Buffer.concat([head, chunk]);
          if (head.length >= SNIFF_BYTES || /[\r\n]/.test(head.toString('latin1'))) startParser(head);
        } else {
          parser.write(chunk);
        }
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      complete = true;
    } finally {
      if (!complete) stream.resume();
    }
    try {
      decoder.decode();
    } catch {
      // A preview slice may end in the middle of a character; only a whole file must end cleanly.
      if (!this.options.preview) throw notCsv(`${file.originalname} is not UTF-8 text; save it as "CSV UTF-8"`);
    }
    if (!parser && head.length) startParser(head);
    await flush();
    if (parser) {
      parser.end();
      await finished(parser).catch(() => undefined);
    }
    if (parseError) throw notCsv(`${file.originalname} cannot be read as CSV (${parseError.message})`);
    if (!headers || headers.every((h) => h === '')) throw notCsv(`${file.originalname} is empty; the first row must name the columns`);
    return { size, delimiter, headers, rows, sample };
  }
}
