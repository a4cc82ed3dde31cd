import type { components } from '@corral/api-client';

export type Contact = components['schemas']['ContactDto'];
export type ContactStatus = Contact['status'];
export type ImportStatus = components['schemas']['ImportStatusDto'];
export type ImportPreview = components['schemas']['ImportPreviewDto'];
export type ImportField = NonNullable<components['schemas']['ImportColumnDto']['field']>;

export const CONTACT_STATUSES: ContactStatus[] = ['lead', 'prospect', 'customer', 'archived'];
