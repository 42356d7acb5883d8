/**
 * The only web sites a link in 案鉴 may open, in the user's own browser: official sources of
 * judgments and statutes. Exact host names over https; anything else (other hosts, http,
 * file:, javascript:, credentials or ports in the URL) is refused. Pure, so it is unit-tested.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'wenshu.court.gov.cn',
  'www.court.gov.cn',
  'flk.npc.gov.cn',
  'www.npc.gov.cn',
  'www.gov.cn',
];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_HOSTS.includes(url.hostname)
  );
}

/** Whether an IPC call comes from our own page: the app:// origin, not a frame of another origin. */
export const isAppPageUrl = (raw: string | undefined, appOrigin: string): boolean => {
  if (!raw) return false;
  try {
    // Compared by scheme and host: WHATWG URLs give custom schemes an opaque ("null") origin.
    const url = new URL(raw);
    const app = new URL(appOrigin);
    return (
      url.protocol === app.protocol && url.host === app.host && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
};
