/** Where the page may connect besides itself: the staff sign-in domain. */
export interface ContentSecurityPolicyOrigins {
  /** e.g. https://clinicall-prod.auth.eu-west-2.amazoncognito.com */
  readonly signIn: string;
}

/** Chime SDK signalling, media and telemetry endpoints (Chime's documented CSP). */
export const chimeOrigins = ['https://*.chime.aws', 'wss://*.chime.aws'] as const;

/**
 * The site's Content-Security-Policy. The API and the events socket are same-origin (CloudFront
 * routes /api/*), so 'self' covers them; calls need camera/microphone streams and blob: media; nothing may frame us.
 */
export const contentSecurityPolicy = (origins: ContentSecurityPolicyOrigins): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${chimeOrigins.join(' ')} ${origins.signIn}`,
    "media-src 'self' blob: mediastream:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${origins.signIn}`,
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
