/** A tiny cookie-keeping client for black-box tests, as a browser would be. */
export class HttpClient {
  private cookies = new Map<string, string>();

  /** `cookie`: a Cookie header to start with (a session carried over from another client). */
  constructor(
    readonly baseUrl: string,
    cookie = '',
  ) {
    for (const pair of cookie.split('; ').filter(Boolean)) {
      const [name, ...value] = pair.split('=');
      this.cookies.set(name!, value.join('='));
    }
  }

  /** The cookies held, as a Cookie header. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: {
        'x-requested-with': 'attune',
        ...(body !== undefined && !(body instanceof FormData)
          ? { 'content-type': 'application/json' }
          : {}),
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...headers,
      },
      redirect: 'manual',
    };
    if (body !== undefined) init.body = body instanceof FormData ? body : JSON.stringify(body);
    const response = await fetch(`${this.baseUrl}${path}`, init);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      const v = value.join('=');
      if (v === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie))
        this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), v);
    }
    return response;
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown) {
    return this.request('POST', path, body);
  }
}
