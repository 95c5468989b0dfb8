/** A signed-in API caller for browser tests: the test sets up units and users as an administrator would. */
export type Api = (method: string, path: string, body?: unknown) => Promise<any>;

export async function apiSession(url: string, username: string, password: string): Promise<Api> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/** A new user of `role` at `orgUnitId` who has changed the initial password to `password`, signed in. */
export async function makeUser(url: string, admin: Api, role: string, orgUnitId: number, username: string, password: string): Promise<Api> {
  await admin('POST', '/api/users', { username, displayName: username, role, orgUnitId, password: 'Initial-pass-123', locale: 'zh-CN' });
  const self = await apiSession(url, username, 'Initial-pass-123');
  await self('POST', '/api/auth/password', { currentPassword: 'Initial-pass-123', newPassword: password });
  return apiSession(url, username, password);
}
