import { newTags, normalizeTags } from './tags';

describe('tags', () => {
  it('lower-cases, trims, folds whitespace and drops empties and duplicates', () => {
    expect(normalizeTags(['  vip ', 'VIP', 'Trade  Show', '', ' '])).toEqual(['vip', 'trade show']);
  });

  it('finds only the tags a contact does not hold yet', () => {
    expect(newTags(['vip', 'newsletter'], ['VIP', 'Newsletter', 'hot', 'HOT'])).toEqual(['hot']);
  });
});
