import { SAMPLE_RECIPIENT, TemplateSyntaxError, compileTemplate, mergeContext } from './merge-tags';

const render = (htmlBody: string, subject = 'Hi') => {
  const { compiled, warnings } = compileTemplate({ subject, htmlBody, textBody: null });
  return { html: compiled.html(mergeContext({ ...SAMPLE_RECIPIENT, firstName: '<b>Bo</b> & "co"' }, 'https://x.test/u/1')), subject: compiled.subject(mergeContext({ ...SAMPLE_RECIPIENT, firstName: '<b>Bo</b>' }, '')), warnings };
};

describe('merge tags', () => {
  it('renders flat and nested tags and escapes values in HTML only', () => {
    const { html, subject } = render('<p>{{first_name}} at {{company_name}} / {{contact.lastName}} / {{company.domain}}</p>', 'Hello {{first_name}}');
    expect(html).toBe('<p>&lt;b&gt;Bo&lt;/b&gt; &amp; &quot;co&quot; at Example &amp; Co / Doe / example.com</p>');
    expect(subject).toBe('Hello <b>Bo</b>');
  });

  it('falls back with the default helper', () => {
    const { compiled } = compileTemplate({ subject: 's', htmlBody: 'Hi {{default first_name "there"}}' });
    expect(compiled.html(mergeContext({ ...SAMPLE_RECIPIENT, firstName: '' }, ''))).toBe('Hi there');
    expect(compiled.html(mergeContext(SAMPLE_RECIPIENT, ''))).toBe('Hi Jamie');
  });

  it('names the line of a syntax error', () => {
    try {
      compileTemplate({ subject: 's', htmlBody: '<p>ok</p>\n<p>\n{{#if first_name}}open' });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateSyntaxError);
      expect((error as TemplateSyntaxError).field).toBe('htmlBody');
      expect((error as TemplateSyntaxError).line).toBe(3);
    }
  });

  it('rejects unknown helpers, partials and unescaped triple braces', () => {
    expect(() => compileTemplate({ subject: 's', htmlBody: '{{shout first_name}}' })).toThrow(TemplateSyntaxError);
    expect(() => compileTemplate({ subject: 's', htmlBody: '{{> footer}}' })).toThrow(/partials/);
    expect(() => compileTemplate({ subject: 's', htmlBody: '\n{{{first_name}}}' })).toThrow(/line 2: triple braces/);
  });

  it('warns about unknown tags without failing', () => {
    const { warnings } = render('{{frist_name}} {{contact.email}} {{contact.salary}} {{#each x}}{{anything}}{{/each}}');
    expect(warnings).toEqual([
      'htmlBody line 1: unknown merge tag {{frist_name}} renders empty',
      'htmlBody line 1: unknown merge tag {{contact.salary}} renders empty',
      'htmlBody line 1: unknown merge tag {{x}} renders empty',
    ]);
  });

  it('derives a text part from the HTML source once, merge tags and links intact', () => {
    const { compiled } = compileTemplate({
      subject: 's',
      htmlBody: '<h1>Hi {{default first_name "there"}}</h1><p>{{#if company_name}}From {{company_name}}. {{/if}}<a href="https://x.test/?a=1&amp;b=2">Read more</a></p>',
    });
    expect(compiled.text?.(mergeContext({ ...SAMPLE_RECIPIENT, firstName: '' }, ''))).toBe('Hi there\n\nFrom Example & Co. Read more [https://x.test/?a=1&b=2]');
  });

  it('does not expose prototype properties', () => {
    const { compiled } = compileTemplate({ subject: 's', htmlBody: '{{contact.constructor}}{{__proto__}}' });
    expect(compiled.html(mergeContext(SAMPLE_RECIPIENT, ''))).toBe('');
  });
});
