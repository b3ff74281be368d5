/** OpenID Connect relying party: one discovered configuration per provider, kept for the process. */
import * as client from 'openid-client';
import type { OidcProviderConfig } from '../../config.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const configurations = new Map<string, Promise<client.Configuration>>();

/** Plain http only for an issuer on this machine (a test provider); real issuers use https. */
function discover(provider: OidcProviderConfig): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  return client.discovery(
    issuer,
    provider.client_id,
    provider.client_secret,
    undefined,
    insecure ? { execute: [client.allowInsecureRequests] } : undefined,
  );
}

export function providerConfiguration(provider: OidcProviderConfig): Promise<client.Configuration> {
  const key = `${provider.issuer}|${provider.client_id}`;
  let found = configurations.get(key);
  if (!found) {
    found = discover(provider);
    // A provider that was down at the first try is asked again next time.
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

export interface SignOnStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(
  configuration: client.Configuration,
  redirectUri: string,
): Promise<SignOnStart> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email phone profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

export interface VerifiedClaims {
  issuer: string;
  subject: string;
  /** Only when the provider says it verified them. */
  email: string | null;
  phone: string | null;
  name: string | null;
}

const verified = (value: unknown, flag: unknown): string | null =>
  typeof value === 'string' && value !== '' && (flag === true || flag === 'true') ? value : null;

/** Exchanges the code (checking state, nonce and PKCE) and reads the person's verified claims. */
export async function redeemCallback(
  configuration: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<VerifiedClaims> {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims()!;
  const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
  const claims: Record<string, unknown> = { ...idClaims, ...info };
  return {
    issuer: configuration.serverMetadata().issuer,
    subject: idClaims.sub,
    email: verified(claims.email, claims.email_verified)?.toLowerCase() ?? null,
    phone: verified(claims.phone_number, claims.phone_number_verified),
    name: typeof claims.name === 'string' ? claims.name : null,
  };
}
