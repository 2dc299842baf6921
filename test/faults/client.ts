import { TEST_PASSWORD } from '../helpers/app.js';

/** A signed-in back-office user over real HTTP (the sign-in token first, as the back office does). */
export interface Client {
  get(path: string): Promise<{ status: number; body: string }>;
  timed(path: string): Promise<{ status: number; body: string; ms: number }>;
  post(path: string, body: unknown): Promise<{ status: number; body: string }>;
  postForm(path: string, form: FormData): Promise<{ status: number; body: string }>;
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');

export async function client(base: string, account: string): Promise<Client> {
  const token = await fetch(`${base}/api/v1/auth/sign-in-token`);
  const { csrfToken: signInCsrf } = (await token.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookiesOf(token).join('; '), 'x-csrf-token': signInCsrf },
    body: JSON.stringify({ account, password: TEST_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = cookiesOf(signIn).find((c) => c.startsWith('gk_session=')) ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const answer = async (res: Response) => ({ status: res.status, body: await res.text() });
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers as Record<string, string>) },
      signal: AbortSignal.timeout(60_000),
    }).then(answer);
  return {
    get: (path) => send(path),
    async timed(path) {
      const started = Date.now();
      const res = await send(path);
      return { ...res, ms: Date.now() - started };
    },
    post: (path, body) =>
      send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    postForm: (path, form) => send(path, { method: 'POST', body: form }),
  };
}
