import type { components } from '@corral/api-client';

export type Contact = components['schemas']['ContactDto'];
export type ContactStatus = Contact['status'];
export type ImportStatus = components['schemas']['ImportStatusDto'];
export type ImportPreview = components['schemas']['ImportPreviewDto'];
/** A built-in field a column can fill. */
export type ImportField = components['schemas']['ImportPreviewDto']['fields'][number];
/** What a column fills: a built-in field, or `cf.<key>` for a custom field. */
export type ImportTarget = ImportField | `cf.${string}`;
export type ImportWorkflow = components['schemas']['ImportWorkflowDto'];
export type ColumnValue = components['schemas']['ColumnValueDto'];
/** Fields whose values the import can translate (`valueMapping`): status, owner, and select or multiselect custom fields. */
export type ValueMappedField = 'status' | 'owner' | `cf.${string}`;
export type ValueMapping = Partial<Record<ValueMappedField, Record<string, string>>>;
