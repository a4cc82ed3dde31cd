import { customFieldChanges, draftsOf, fromDraft, toDraft } from '../custom-fields/custom-field-values';
import { keyFromLabel } from '../custom-fields/field-types';
import { formatCustomValue } from '../custom-fields/format-custom-value';
import { makeField } from '../../testing/field-definitions';

const score = makeField({ key: 'score', type: 'number' });
const vip = makeField({ key: 'vip', type: 'boolean' });
const consent = makeField({ key: 'consent', type: 'boolean', required: true });
const tags = makeField({ key: 'interests', type: 'multiselect', options: [{ value: 'a', label: 'Alpha' }, { value: 'b', label: 'Beta' }] });
const seen = makeField({ key: 'seen', type: 'datetime' });
const day = makeField({ key: 'day', type: 'date' });
const nick = makeField({ key: 'nick', type: 'text' });

describe('keyFromLabel', () => {
  it.each([
    ['Member rating', 'member_rating'],
    ['  OPTIN_TIME ', 'optin_time'],
    ['Größe (cm)', 'grosse_cm'],
    ['Café — état', 'cafe_etat'],
    ['2FA enabled', 'f_2fa_enabled'],
    ['!!!', ''],
    ['A very long label that goes on and on beyond forty characters', 'a_very_long_label_that_goes_on_and_on_be'],
  ])('%j → %j', (label, key) => {
    expect(keyFromLabel(label)).toBe(key);
    if (key) expect(key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });
});

describe('drafts', () => {
  it('round-trips each type between what the API stores and what an input holds', () => {
    expect(toDraft(score, 12.5)).toBe('12.5');
    expect(fromDraft(score, ' 12.5 ')).toBe(12.5);
    expect(fromDraft(score, '')).toBeNull();
    // Sent as typed, so the API's 400 names the field.
    expect(fromDraft(score, 'twelve')).toBe('twelve');
    expect(toDraft(vip, undefined)).toBe(false);
    expect(fromDraft(vip, false)).toBe(false);
    expect(toDraft(tags, ['a'])).toEqual(['a']);
    expect(fromDraft(tags, [])).toBeNull();
    expect(fromDraft(day, '2025-02-28')).toBe('2025-02-28');
    expect(fromDraft(seen, toDraft(seen, '2025-03-01T09:30:00.000Z'))).toBe('2025-03-01T09:30:00.000Z');
    expect(fromDraft(nick, '  ')).toBeNull();
  });

  it('sends on create only what was filled in (an unticked box only when the field is required)', () => {
    const definitions = [score, vip, consent, tags, nick];
    const drafts = { ...draftsOf(definitions, {}), score: '3', nick: '' };
    expect(customFieldChanges(definitions, drafts)).toEqual({ score: 3, consent: false });
    expect(customFieldChanges([score, vip], draftsOf([score, vip], {}))).toBeUndefined();
  });

  it('sends on edit only what changed, a cleared input as null, and nothing for inputs never shown', () => {
    const definitions = [score, vip, tags, nick];
    const original = { score: 3, vip: true, interests: ['a'], nick: 'Ada' };
    const drafts = { ...draftsOf(definitions, original), vip: false, nick: '' };
    delete (drafts as Record<string, unknown>).interests;
    expect(customFieldChanges(definitions, drafts, original)).toEqual({ vip: false, nick: null });
    expect(customFieldChanges(definitions, draftsOf(definitions, original), original)).toBeUndefined();
  });
});

describe('formatCustomValue', () => {
  it('shows a date as the same day in every time zone, options by label, booleans as Yes/No', () => {
    expect(formatCustomValue(day, '2025-01-01')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 0, 1)));
    expect(formatCustomValue(tags, ['b', 'gone'])).toBe('Beta, gone');
    expect(formatCustomValue(vip, false)).toBe('No');
    expect(formatCustomValue(nick, null)).toBe('');
  });
});
