/**
 * Single sign-on with any OpenID Connect issuer (Google, Zalo, Facebook, VNeID): authorization
 * code with PKCE, state and nonce. The first sign-on links to an account, or to a roster member,
 * by a verified phone or e-mail; otherwise it waits for the unit's join code.
 */
import { normaliseVietnamesePhone } from '@sangkien/shared';
import type { Config, OidcProviderConfig } from '../../config.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { findAccountByLogin, insertAccount, type AccountRecord } from '../accounts/accounts.repository.ts';
import { openSession, type ClientInfo } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findUnclaimedMembersByContact } from '../members/members.repository.ts';
import { randomSecret, sha256 } from '../sessions/secrets.ts';
import type { NewSession } from '../sessions/sessions.service.ts';
import { authorizationRequest, providerConfiguration, redeemCallback, type VerifiedClaims } from './oidc-client.ts';
import {
  deleteExpiredFlows,
  findFlowByState,
  findIdentity,
  insertFlow,
  insertIdentity,
  updateFlow,
} from './oidc.repository.ts';

const FLOW_TTL_MS = 10 * 60 * 1000;
export const PENDING_TTL_MS = 60 * 60 * 1000;

export const callbackUrl = (config: Config, providerId: string) =>
  `${config.publicUrl}/api/v1/auth/oidc/${providerId}/callback`;

export function requireProvider(config: Config, id: string): OidcProviderConfig {
  const provider = config.oidcProviders.find((p) => p.id === id);
  if (!provider) throw notFound(`cách đăng nhập "${id}"`);
  return provider;
}

export function listProviders(config: Config) {
  return {
    items: config.oidcProviders.map((p) => ({ id: p.id, name: p.name, start_url: `/api/v1/auth/oidc/${p.id}/start` })),
  };
}

/** Only a path of this site: never an open redirect elsewhere. */
export const safeReturnPath = (text: string | undefined) =>
  text && text.startsWith('/') && !text.startsWith('//') && !text.includes('\\') ? text : null;

export async function startSignOn(
  database: Database,
  config: Config,
  providerId: string,
  returnTo: string | undefined,
  now: Date,
) {
  const provider = requireProvider(config, providerId);
  const request = await authorizationRequest(await providerConfiguration(provider), callbackUrl(config, provider.id));
  await deleteExpiredFlows(database.db, now);
  await insertFlow(database.db, {
    stateHash: sha256(request.state),
    provider: provider.id,
    codeVerifier: request.codeVerifier,
    nonce: request.nonce,
    returnTo: safeReturnPath(returnTo),
    createdAt: now,
    expiresAt: new Date(now.getTime() + FLOW_TTL_MS),
  });
  return request.url;
}

export const signOnFailed = () =>
  new AppError('unauthenticated', 'Đăng nhập qua tài khoản liên kết không thành công. Hãy thử lại từ đầu.');

/** The account these claims stand for: a linked identity, else one with the same verified login. */
async function accountForClaims(db: DbOrTx, claims: VerifiedClaims): Promise<AccountRecord | undefined> {
  const identity = await findIdentity(db, claims.issuer, claims.subject);
  if (identity)
    return (await db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, identity.accountId) })) ?? undefined;
  const phone = claims.phone ? normaliseVietnamesePhone(claims.phone) : null;
  return (
    (claims.email ? await findAccountByLogin(db, { kind: 'email', value: claims.email }) : undefined) ??
    (phone ? await findAccountByLogin(db, { kind: 'phone', value: phone }) : undefined)
  );
}

export type SignOnOutcome =
  { kind: 'session'; session: NewSession; returnTo: string | null } | { kind: 'pending'; token: string };

export async function finishSignOn(
  database: Database,
  config: Config,
  providerId: string,
  query: Record<string, string>,
  now: Date,
  client: ClientInfo,
): Promise<SignOnOutcome> {
  const provider = requireProvider(config, providerId);
  const flow = query.state ? await findFlowByState(database.db, sha256(query.state)) : undefined;
  if (!flow || flow.provider !== provider.id || flow.callbackAt || flow.expiresAt <= now) throw signOnFailed();
  await updateFlow(database.db, flow.id, { callbackAt: now });
  const url = new URL(callbackUrl(config, provider.id));
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  let claims: VerifiedClaims;
  try {
    claims = await redeemCallback(await providerConfiguration(provider), url, {
      state: query.state!,
      nonce: flow.nonce,
      codeVerifier: flow.codeVerifier,
    });
  } catch {
    throw signOnFailed();
  }
  const phone = claims.phone ? normaliseVietnamesePhone(claims.phone) : null;
  const accountId = await database.db.transaction(async (tx) => {
    let account = await accountForClaims(tx, claims);
    if (!account) {
      const candidates = await findUnclaimedMembersByContact(tx, { phone, email: claims.email });
      const member = candidates.length === 1 ? candidates[0]! : undefined;
      if (!member) return null;
      account = await insertAccount(tx, {
        phone: member.phone === phone ? phone : null,
        email: member.phone === phone ? null : claims.email,
        displayName: member.fullName,
        memberId: member.id,
        createdAt: now,
      });
      await recordAudit(tx, {
        at: now,
        accountId: account.id,
        action: 'create',
        entity: 'account',
        entityKey: String(account.id),
        unitId: member.unitId,
        after: { member_code: member.code, source: `oidc:${provider.id}` },
      });
    }
    if (account.disabled) throw signOnFailed();
    await insertIdentity(tx, {
      accountId: account.id,
      issuer: claims.issuer,
      subject: claims.subject,
      email: claims.email,
      phone,
      createdAt: now,
    });
    return account.id;
  });
  if (accountId !== null) {
    const { session } = await openSession(database, accountId, now, client);
    return { kind: 'session', session, returnTo: flow.returnTo };
  }
  const token = randomSecret();
  await updateFlow(database.db, flow.id, {
    pendingTokenHash: sha256(token),
    issuer: claims.issuer,
    subject: claims.subject,
    email: claims.email,
    phone,
    fullName: claims.name,
    expiresAt: new Date(now.getTime() + PENDING_TTL_MS),
  });
  return { kind: 'pending', token };
}
