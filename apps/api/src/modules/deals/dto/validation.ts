import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf } from 'class-validator';

/**
 * An optional field that must not be null when sent. class-validator's @IsOptional also skips
 * null, which would let `{"title": null}` through to a NOT NULL column.
 */
export const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

export const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** `''` from a form means "none". */
export const emptyToNull = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value));

/** ISO 4217 codes the runtime knows (Intl, kept current with Node's ICU), e.g. USD, EUR, JPY. */
export const CURRENCY_CODES: readonly string[] = Intl.supportedValuesOf('currency');

/** numeric(14,2): twelve digits before the point. */
export const MAX_MONEY = 999_999_999_999.99;

/** `YYYY-MM-DD` naming a real calendar day. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: { validate: isCalendarDate, defaultMessage: () => 'must be a date as YYYY-MM-DD' },
  });
