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

  /** The message a template author reads for this part, or null when it compiles. */
  function problemOf(part: 'subject' | 'htmlBody' | 'textBody', source: string): string | null {
    try {
      compileTemplate({ subject: 's', htmlBody: 'x', [part]: source });
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateSyntaxError);
      expect((error as TemplateSyntaxError).field).toBe(part);
      return (error as Error).message;
    }
  }

  it('says which tag is wrong and what to do, in every part, instead of the parser dump', () => {
    expect(problemOf('htmlBody', '<p>Hi</p>\n<p>\n{{#if first_name}}Hello</p>')).toBe('Line 3: {{#if}} is not closed: add {{/if}} where the block ends');
    expect(problemOf('textBody', 'Hi\n{{/each}}')).toBe('Line 2: unexpected {{/each}}: no {{#each}} is open here; remove it or add the {{#each}} it closes');
    expect(problemOf('htmlBody', '{{#if first_name}}\n{{#each contact.tags}}{{this}}\n{{/if}}')).toBe(
      'Line 3: {{/if}} does not match the {{#each}} opened on line 2: close that one first with {{/each}}',
    );
    expect(problemOf('subject', 'Hi {{first_name')).toBe('Line 1: “{{first_name” is not closed: end the tag with }}');
    expect(problemOf('htmlBody', '\n{{shout first_name}}')).toBe('Line 2: {{shout}} is not a merge tag: pick one from the merge tags list');
    expect(problemOf('htmlBody', 'a\n{{#if}}x{{/if}}')).toBe('Line 2: {{#if}} needs a merge tag after it, like {{#if first_name}}');
    expect(problemOf('htmlBody', '{{#each}}x{{/each}}')).toBe('Line 1: {{#each}} needs a merge tag after it, like {{#each contact.tags}}');
    expect(problemOf('htmlBody', '{{ }}')).toBe('Line 1: a merge tag here cannot be read: write tags like {{first_name}}, with two braces on each side');
    expect(problemOf('htmlBody', '{{^if first_name}}friend{{/if}} {{#if a}}x{{^}}y{{/if}} {{#each contact.tags}}{{this}}{{else}}none{{/each}}')).toBeNull();
    // Comments and tags inside them are not read as blocks.
    expect(problemOf('htmlBody', '{{!-- {{#if}} --}}{{! {{/each }}<p>{{first_name}}</p>')).toBeNull();
    for (const message of [problemOf('htmlBody', '{{#if a}}'), problemOf('subject', '{{a')]) expect(message).not.toMatch(/Expecting|got '|OPEN_|\^/);
  });

  it('rejects unknown helpers, partials and unescaped triple braces', () => {
    expect(() => compileTemplate({ subject: 's', htmlBody: '{{shout first_name}}' })).toThrow(TemplateSyntaxError);
    expect(() => compileTemplate({ subject: 's', htmlBody: '{{> footer}}' })).toThrow(/partials/);
    expect(() => compileTemplate({ subject: 's', htmlBody: '\n{{{first_name}}}' })).toThrow(/^Line 2: triple braces/);
  });

  it('warns about unknown tags without failing', () => {
    const { warnings } = render('{{frist_name}} {{contact.email}} {{contact.salary}} {{#each x}}{{anything}}{{/each}}');
    expect(warnings).toEqual([
      'HTML body, line 1: {{frist_name}} is not a known merge tag and renders empty',
      'HTML body, line 1: {{contact.salary}} is not a known merge tag and renders empty',
      'HTML body, line 1: {{x}} is not a known merge tag and renders empty',
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
