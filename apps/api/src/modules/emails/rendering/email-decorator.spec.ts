import { decorateEmail, extractLinks } from './email-decorator';

describe('email decorator', () => {
  const html = '<html><body><h1>Hi Ada</h1><table><tr><th>Item</th></tr><tr><td>Tea</td></tr></table><a href="https://shop.test/a?x=1&amp;y=2">A</a> <a href=\'https://shop.test/b\'>B</a> <a href="mailto:x@y.z">m</a> <a href="https://corral.test/unsubscribe/t">u</a></body></html>';

  it('finds trackable links once, decoded, skipping mailto and our own URLs', () => {
    expect(extractLinks(html, 'see https://shop.test/c. and https://shop.test/a?x=1&y=2', 'https://corral.test')).toEqual([
      'https://shop.test/a?x=1&y=2',
      'https://shop.test/b',
      'https://shop.test/c',
    ]);
  });

  it('offers the preference centre beside unsubscribe, in both parts, when it has a link', () => {
    const out = decorateEmail(
      { html: '<p>x</p>', text: null },
      { unsubscribeUrl: 'https://corral.test/unsubscribe/UUU', preferencesUrl: 'https://corral.test/preferences/PPP', postalAddress: '' },
    );
    expect(out.html).toMatch(/>Unsubscribe<\/a> · <a href="https:\/\/corral.test\/preferences\/PPP"[^>]*>Manage preferences<\/a><\/div>/);
    expect(out.text).toMatch(/Unsubscribe: https:\/\/corral.test\/unsubscribe\/UUU\nManage preferences: https:\/\/corral.test\/preferences\/PPP\n$/);
  });

  it('rewrites links, adds footer and pixel before </body>, and derives the text part', () => {
    const clickUrls = new Map([
      ['https://shop.test/a?x=1&y=2', 'https://corral.test/track/click/AAA'],
      ['https://shop.test/b', 'https://corral.test/track/click/BBB'],
    ]);
    const out = decorateEmail(
      { html, text: null },
      { tracking: { openUrl: 'https://corral.test/track/open/OOO', clickUrls }, unsubscribeUrl: 'https://corral.test/unsubscribe/UUU', postalAddress: '1 Main St\nSpringfield' },
    );
    expect(out.html).toContain('href="https://corral.test/track/click/AAA"');
    expect(out.html).toContain('href="https://corral.test/track/click/BBB"');
    expect(out.html).not.toContain('shop.test');
    expect(out.html).toContain('href="mailto:x@y.z"');
    expect(out.html).toMatch(/1 Main St<br>Springfield<br><a href="https:\/\/corral.test\/unsubscribe\/UUU"[^>]*>Unsubscribe<\/a><\/div><img src="https:\/\/corral.test\/track\/open\/OOO"[^>]*><\/body>/);
    expect(out.text).toContain('https://corral.test/track/click/AAA');
    expect(out.text).not.toContain('track/open');
    expect(out.text).toMatch(/^Hi Ada\n/);
    expect(out.text).toContain('Item');
    expect(out.text).toMatch(/--\n1 Main St\nSpringfield\nUnsubscribe: https:\/\/corral.test\/unsubscribe\/UUU\n$/);
  });

  it('adds no pixel when open tracking is off, and leaves links alone when click tracking is off', () => {
    const clickUrls = new Map([['https://shop.test/b', 'https://corral.test/track/click/BBB']]);
    const clicksOnly = decorateEmail({ html, text: null }, { tracking: { clickUrls }, unsubscribeUrl: 'https://corral.test/unsubscribe/UUU', postalAddress: '' });
    expect(clicksOnly.html).toContain('href="https://corral.test/track/click/BBB"');
    expect(clicksOnly.html).not.toContain('<img');
    const opensOnly = decorateEmail(
      { html, text: null },
      { tracking: { openUrl: 'https://corral.test/track/open/OOO', clickUrls: new Map() }, unsubscribeUrl: 'https://corral.test/unsubscribe/UUU', postalAddress: '' },
    );
    expect(opensOnly.html).toContain("href='https://shop.test/b'");
    expect(opensOnly.html).toContain('<img src="https://corral.test/track/open/OOO"');
  });

  it('rewrites URLs in a hand-written text part and adds no pixel without tracking', () => {
    const out = decorateEmail({ html: '<p>x</p>', text: 'Go to https://shop.test/b now' }, { unsubscribeUrl: 'https://c/u', postalAddress: '' });
    expect(out.html).toBe('<p>x</p><div style="margin-top:32px;padding-top:16px;border-top:1px solid #e0e0e0;color:#757575;font:12px/1.5 Arial,sans-serif"><a href="https://c/u" style="color:#757575">Unsubscribe</a></div>');
    expect(out.text).toBe('Go to https://shop.test/b now\n\n--\nUnsubscribe: https://c/u\n');
  });
});
