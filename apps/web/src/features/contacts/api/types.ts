import type { components } from '@corral/api-client';

export type Contact = components['schemas']['ContactDto'];
export type ContactStatus = Contact['status'];
export type ImportStatus = components['schemas']['ImportStatusDto'];
export type ImportPreview = components['schemas']['ImportPreviewDto'];
export type ImportField = NonNullable<components['schemas']['ImportColumnDto']['field']>;
export type ImportWorkflow = components['schemas']['ImportWorkflowDto'];
export type ColumnValue = components['schemas']['ColumnValueDto'];
/** Fields whose values the import can translate (`valueMapping`). */
export type ValueMappedField = 'status' | 'owner';
export type ValueMapping = Partial<Record<ValueMappedField, Record<string, string>>>;
