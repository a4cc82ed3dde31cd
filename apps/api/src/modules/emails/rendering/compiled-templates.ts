import { CompiledTemplate, TemplateSource, compileTemplate } from './merge-tags';

const LIMIT = 500;

/** Compiled templates keyed by a version string, so each template compiles once per process, not per email. */
export class CompiledTemplateCache {
  private readonly entries = new Map<string, CompiledTemplate>();

  get(version: string, source: TemplateSource): CompiledTemplate {
    let compiled = this.entries.get(version);
    if (!compiled) {
      compiled = compileTemplate(source).compiled;
      if (this.entries.size >= LIMIT) this.entries.clear();
      this.entries.set(version, compiled);
    }
    return compiled;
  }
}
