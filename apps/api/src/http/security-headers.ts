import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/config';

/**
 * Helmet's headers, with `upgrade-insecure-requests` (and Cross-Origin-Opener-Policy) only when the
 * app is served over https.
 * Sent over plain http (`http://<server-ip>:3000`), it makes the browser fetch the SPA's scripts
 * and styles over https, which nothing answers: a blank page. Browsers exempt localhost from the
 * upgrade, which is why it only showed from another machine.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const directives = {
    // Swagger UI and the SPA need inline styles (MUI, emotion); scripts stay same-origin.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'https:'],
  };
  const overHttps = helmet({ contentSecurityPolicy: { directives } });
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } },
    // Browsers ignore it on an http origin that is not localhost, and say so as a console error on every page.
    crossOriginOpenerPolicy: false,
  });
  const publicUrlIsHttps = new URL(config.publicUrl).protocol === 'https:';
  // `req.secure` is true for a TLS connection, or when a proxy listed in TRUSTED_PROXIES says
  // `X-Forwarded-Proto: https` (Express `trust proxy`); an untrusted client cannot turn it on.
  return (req: Request, res: Response, next: NextFunction) => (publicUrlIsHttps || req.secure ? overHttps : overHttp)(req, res, next);
}
