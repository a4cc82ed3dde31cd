import type { ApiPropertyOptions } from '@nestjs/swagger';

/** `customFields` of a record as it leaves the API: one entry per field holding a value. */
export const CUSTOM_FIELDS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: true,
  description:
    'Custom field values by key (GET /api/fields): a number, boolean, `YYYY-MM-DD` date, ISO UTC datetime, list of option values (multiselect) or text. A field without a value is absent.',
  example: { member_rating: 4, plan: 'pro' },
};

/** `customFields` of a create or update body. */
export const CUSTOM_FIELDS_INPUT_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: true,
  description: 'Custom field values by key, each of its field’s type; `null` (or blank text, an empty list) clears a value.',
  example: { member_rating: 4, plan: 'pro' },
};
