import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readdirSync } from 'fs';
import { extname, join, relative, sep } from 'path';

/** Precompressed siblings the web build writes (apps/web/vite-precompress.ts), in order of preference. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'];

/** Vite names every file under /assets after its content hash, so a name never changes content. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the files of `public/` keep their names across deploys: revalidated on each use (a 304 when unchanged). */
const REVALIDATE = 'no-cache';
const NOT_SPA = /^\/(api|track|unsubscribe|preferences|f|confirm)(\/|$)/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface SpaFile {
  path: string;
  encodings: Set<Encoding>;
}

/**
 * The encoding to answer with for an Accept-Encoding header, among those available: brotli when
 * the client takes it (it is smaller), else gzip, else none. A q-value of 0 refuses an encoding;
 * `*` stands for any encoding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: ReadonlySet<Encoding>): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.toLowerCase().split(';').map((piece) => piece.trim());
    if (!token) continue;
    const q = params.map((param) => /^q=([\d.]+)$/.exec(param)).find(Boolean);
    weights.set(token, q ? Number(q[1]) : 1);
  }
  return ENCODINGS.map((encoding) => encoding.name).find((name) => available.has(name) && (weights.get(name) ?? weights.get('*') ?? 0) > 0);
}

/** Every file of the build, by URL path; the precompressed siblings are listed as encodings of their original. */
function listFiles(spaDir: string): Map<string, SpaFile> {
  const paths = readdirSync(spaDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const present = new Set(paths);
  const files = new Map<string, SpaFile>();
  for (const path of paths) {
    if (ENCODINGS.some(({ suffix }) => path.endsWith(suffix) && present.has(path.slice(0, -suffix.length)))) continue;
    // Source maps would publish the SPA's sources; the build makes none, and one left in SPA_DIR is not served.
    if (path.endsWith('.map')) continue;
    const encodings = new Set(ENCODINGS.filter(({ suffix }) => present.has(path + suffix)).map(({ name }) => name));
    files.set('/' + relative(spaDir, path).split(sep).join('/'), { path, encodings });
  }
  return files;
}

/**
 * Serves the built SPA for `npm start` (in production nginx does this, docker/nginx.conf, with the
 * same headers): the precompressed file the client accepts, hashed assets cached for a year,
 * index.html for every other GET that is not an API route (the SPA's own routes). The build is
 * listed once at start: a rebuild needs a restart, as the hashed names in index.html change.
 */
export function spaStatic(spaDir: string): RequestHandler {
  const index = join(spaDir, 'index.html');
  if (!existsSync(index)) throw new Error(`SPA_DIR ${spaDir} holds no index.html: build the web app first`);
  const files = listFiles(spaDir);
  const indexFile = files.get('/index.html') as SpaFile;
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_SPA.test(req.path)) return next();
    let file = files.get(req.path);
    if (!file) {
      // A missing asset (an old hash after a deploy) must be a 404, not index.html parsed as a script.
      if (req.path.startsWith(HASHED_PREFIX)) return next();
      file = indexFile;
    }
    const encoding = chooseEncoding(req.get('accept-encoding'), file.encodings);
    const type = CONTENT_TYPES[extname(file.path)];
    res.setHeader('Cache-Control', file !== indexFile && req.path.startsWith(HASHED_PREFIX) ? IMMUTABLE : REVALIDATE);
    if (file.encodings.size > 0) res.setHeader('Vary', 'Accept-Encoding');
    // `send` derives the type from the file's name, which for a .br or .gz sibling is not the content's.
    if (type) res.setHeader('Content-Type', type);
    if (encoding) res.setHeader('Content-Encoding', encoding);
    const suffix = ENCODINGS.find(({ name }) => name === encoding)?.suffix ?? '';
    // Only files listed from the build get here, so a dot folder above SPA_DIR must not make `send` refuse them.
    res.sendFile(file.path + suffix, { cacheControl: false, dotfiles: 'allow' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}
