import type { paths } from '@corral/api-client';
import { api } from '../../../lib/api';

type ExportQuery = NonNullable<paths['/api/contacts/export']['get']['parameters']['query']>;

/** Saves a response body as a file: exports need the bearer token, so a plain link cannot fetch them. */
function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function filenameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
}

export async function downloadContactsCsv(query: ExportQuery) {
  const { data, response } = await api.GET('/api/contacts/export', { params: { query }, parseAs: 'blob' });
  if (!response.ok || !data) throw new Error('The export failed. Please try again.');
  save(data as Blob, filenameOf(response, 'contacts.csv'));
}

export async function downloadImportErrors(id: string) {
  const { data, response } = await api.GET('/api/contacts/imports/{id}/errors', { params: { path: { id } }, parseAs: 'blob' });
  if (!response.ok || !data) throw new Error('The error report could not be downloaded.');
  save(data as Blob, filenameOf(response, 'import-errors.csv'));
}

/** Everything held on the contact (GDPR access request), saved as a JSON file. */
export async function downloadContactData(id: string) {
  const { data, response } = await api.GET('/api/contacts/{id}/export', { params: { path: { id } }, parseAs: 'blob' });
  if (!response.ok || !data) throw new Error('The export failed. Please try again.');
  save(data as Blob, `contact-${id}.json`);
}
