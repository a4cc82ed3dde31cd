/**
 * Template errors in the words of the person writing the template: the line and the tag at fault
 * and what to do, instead of Handlebars' parser dump ("Expecting 'OPEN_INVERSE_CHAIN', … got 'EOF'").
 */

export interface TemplateProblem {
  line: number | null;
  reason: string;
}

interface Tag {
  line: number;
  /** `#` opens a block, `/` closes one, '' for everything else. */
  kind: '#' | '/' | '';
  name: string;
  args: string;
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** The tags of a template in order; `unclosed` when a `{{` has no `}}` after it. */
function scanTags(source: string): { tags: Tag[]; unclosed: { line: number; text: string } | null } {
  const tags: Tag[] = [];
  let at = 0;
  for (;;) {
    const open = source.indexOf('{{', at);
    if (open < 0) return { tags, unclosed: null };
    // Comments may contain braces: {{!-- … --}} ends at --}}, {{! … }} at the first }}.
    const longComment = source.startsWith('{{!--', open);
    const close = longComment ? source.indexOf('--}}', open + 5) : source.indexOf('}}', open + 2);
    if (close < 0) return { tags, unclosed: { line: lineAt(source, open), text: source.slice(open, open + 40).split('\n')[0] } };
    at = close + (longComment ? 4 : 2);
    const inner = source
      .slice(open + 2, close)
      .replace(/^[{~]+/, '')
      .replace(/[}~]+$/, '')
      .trim();
    if (inner.startsWith('!')) continue;
    // {{^name}} opens an inverted block, closed by {{/name}} like {{#name}}; a bare {{^}} is an else.
    const opensInverted = inner.startsWith('^') && inner.slice(1).trim() !== '';
    const kind = inner.startsWith('#') || opensInverted ? '#' : inner.startsWith('/') ? '/' : '';
    const body = kind ? inner.slice(1).trim() : inner;
    const [name = '', ...rest] = body.split(/\s+/);
    tags.push({ line: lineAt(source, open), kind, name, args: rest.join(' ') });
  }
}

/** Unbalanced blocks and unclosed tags, found by reading the tags in order. */
function blockProblem(source: string): TemplateProblem | null {
  const { tags, unclosed } = scanTags(source);
  const openBlocks: Tag[] = [];
  for (const tag of tags) {
    if (tag.kind === '#') openBlocks.push(tag);
    if (tag.kind !== '/') continue;
    const top = openBlocks.pop();
    if (!top) return { line: tag.line, reason: `unexpected {{/${tag.name}}}: no {{#${tag.name}}} is open here; remove it or add the {{#${tag.name}}} it closes` };
    if (top.name !== tag.name) {
      return {
        line: tag.line,
        reason: `{{/${tag.name}}} does not match the {{#${top.name}}} opened on line ${top.line}: close that one first with {{/${top.name}}}`,
      };
    }
  }
  if (unclosed) return { line: unclosed.line, reason: `“${unclosed.text}” is not closed: end the tag with }}` };
  const innermost = openBlocks.pop();
  if (innermost) return { line: innermost.line, reason: `{{#${innermost.name}}} is not closed: add {{/${innermost.name}}} where the block ends` };
  return null;
}

function lineOf(error: unknown): number | null {
  const e = error as { lineNumber?: number; hash?: { loc?: { first_line?: number } }; message?: string };
  if (typeof e.lineNumber === 'number') return e.lineNumber;
  if (e.hash?.loc?.first_line) return e.hash.loc.first_line;
  const match = /line (\d+)/.exec(e.message ?? '');
  return match ? Number(match[1]) : null;
}

/** The first `{{#name}}` given no argument (Handlebars says which helper, not where). */
function blockWithoutArgument(source: string, name: string): number | null {
  return scanTags(source).tags.find((t) => t.kind === '#' && t.name === name && !t.args)?.line ?? null;
}

/** What a Handlebars parse, compile or render error means for the template's author. */
export function describeTemplateError(source: string, error: unknown): TemplateProblem {
  const blocks = blockProblem(source);
  if (blocks) return blocks;
  const message = (error as Error)?.message ?? String(error);
  const helper = /unknown helper (\S+)/.exec(message);
  if (helper) return { line: lineOf(error), reason: `{{${helper[1]}}} is not a merge tag: pick one from the merge tags list` };
  const noArgument = /#(\w+) requires exactly one argument|Must pass iterator to #(\w+)/.exec(message);
  if (noArgument) {
    const name = noArgument[1] ?? noArgument[2];
    const example = name === 'each' ? '{{#each contact.tags}}' : `{{#${name} first_name}}`;
    return { line: blockWithoutArgument(source, name), reason: `{{#${name}}} needs a merge tag after it, like ${example}` };
  }
  return { line: lineOf(error), reason: 'a merge tag here cannot be read: write tags like {{first_name}}, with two braces on each side' };
}
