/** Read at runtime, so one build serves every deployment and the local runtime. */
export interface SiteConfig {
  readonly mode: 'local' | 'aws';
  readonly apiBase: string;
  readonly auth: { readonly kind: 'local' } | { readonly kind: 'cognito'; readonly domain: string; readonly clientId: string };
}

export const loadConfig = async (): Promise<SiteConfig> => {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as SiteConfig;
};
