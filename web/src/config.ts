/** Read at runtime, so one build serves every deployment and the local runtime. */
export interface SiteConfig {
  readonly mode: 'local' | 'aws';
  readonly apiBase: string;
  /** The events WebSocket, when it is not `<apiBase>/api/events` (API Gateway WebSocket APIs live elsewhere). */
  readonly eventsUrl?: string;
  /** How long a Consult Now link works, in seconds (the API's CLINICALL_LINK_TTL_SECONDS). */
  readonly linkTtlSeconds?: number;
  /** The organisation's default channel for Consult Now links. */
  readonly consultNowChannel?: 'sms' | 'email';
  /** The organisation's time zone (e.g. Europe/London): appointments are agreed in it. */
  readonly timeZone?: string;
  /** The organisation's language, for people whose link and browser say nothing (en or sv). */
  readonly defaultLanguage?: string;
  /** Where phone numbers typed without a country code are read (GB or SE), as the API reads them. */
  readonly country?: string;
  readonly auth: { readonly kind: 'local' } | { readonly kind: 'cognito'; readonly domain: string; readonly clientId: string };
}

let current: SiteConfig = { mode: 'aws', apiBase: '', auth: { kind: 'local' } };

export const loadConfig = async (): Promise<SiteConfig> => {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  current = (await response.json()) as SiteConfig;
  return current;
};

/** The configuration loaded at start (it never changes while the page is open). */
export const siteConfig = (): SiteConfig => current;
