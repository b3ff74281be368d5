/**
 * A real OpenID Connect provider (the `oidc-provider` library) on loopback for the sign-on tests,
 * and a small browser: real HTTP, redirects followed by hand, cookies kept per origin, the
 * provider's login and consent forms submitted as a person would.
 */
import http from 'node:http';
import net from 'node:net';
import Provider from 'oidc-provider';

export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
  name?: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  people: Map<string, ProviderPerson>;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const people = new Map<string, ProviderPerson>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'sangkien-thu',
        client_secret: 'bi-mat-cua-ung-dung-thu-nghiem',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      profile: ['name'],
    },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...people.get(sub) }) }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['khoa-cookie-thu-nghiem'] },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId: 'sangkien-thu',
    clientSecret: 'bi-mat-cua-ung-dung-thu-nghiem',
    people,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Cookies per origin, as a browser keeps them. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jars.get(target.origin) ?? new Map<string, string>();
    this.jars.set(target.origin, jar);
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url`, signing in at the provider as `subject` and consenting, until
   * a response leaves for `stopAt` (the app's public address); returns that last redirect target.
   */
  async signOn(url: string, subject: string, stopAt: string): Promise<{ location: string; visited: string[] }> {
    const visited: string[] = [];
    let next = url;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 20; step++) {
      visited.push(next);
      const response = await this.request(next, form ? { method: 'POST', form } : {});
      form = undefined;
      const location = response.headers.get('location');
      if (location) {
        const absolute = new URL(location, next).href;
        if (absolute.startsWith(stopAt) && !absolute.includes('/api/v1/auth/oidc/'))
          return { location: absolute, visited };
        next = absolute;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`unexpected page ${response.status} at ${next}: ${html.slice(0, 300)}`);
      next = new URL(action.replace(/&amp;/g, '&'), next).href;
      form = prompt === 'login' ? { prompt, login: subject, password: 'bất kỳ' } : { prompt };
    }
    throw new Error(`too many steps: ${visited.join(' → ')}`);
  }
}
