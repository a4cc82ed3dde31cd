import type { FieldDefinition } from '../lib/custom-fields/field-types';

let fieldCount = 0;

/** A field definition as GET /api/fields answers it. */
export function makeField(overrides: Partial<FieldDefinition> & Pick<FieldDefinition, 'key' | 'type'>): FieldDefinition {
  fieldCount += 1;
  return {
    id: `20000000-0000-4000-8000-${String(fieldCount).padStart(12, '0')}`,
    objectType: 'contact',
    label: overrides.key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    options: [],
    required: false,
    description: null,
    position: fieldCount,
    createdAt: '2025-01-15T10:00:00.000Z',
    updatedAt: '2025-01-15T10:00:00.000Z',
    ...overrides,
  };
}
