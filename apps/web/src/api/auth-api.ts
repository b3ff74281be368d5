/** Sign-in, registration, the current account and its API tokens; the session hook every page reads. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ApiTokenCreatedSchema,
  ApiTokenSchema,
  JoinUnitSchema,
  Me,
  OidcPendingSchema,
  OidcProviderListSchema,
  RegisterResponseSchema,
} from '@sangkien/shared/schemas/accounts';
import { apiRequest, setCsrfToken } from './client.ts';

export type { Me };
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;
export type JoinUnit = z.infer<typeof JoinUnitSchema>;
export type OidcProvider = z.infer<typeof OidcProviderListSchema>['items'][number];
export type OidcPending = z.infer<typeof OidcPendingSchema>;
export type Registered = z.infer<typeof RegisterResponseSchema>;

export const ME_KEY = ['me'] as const;
const segment = encodeURIComponent;

/** The signed-in account, or null for a visitor (asked without a 401, which browsers log as an error). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  const { me } = await apiRequest<{ me: Me | null }>('/auth/session', { signal });
  setCsrfToken(me?.csrf_token ?? null);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });
}

/** After sign-in, registration or sign-out: the new answer replaces the cached one, and cached data of the old session goes. */
export function useSessionChanged() {
  const client = useQueryClient();
  return (me: Me | null) => {
    setCsrfToken(me?.csrf_token ?? null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
    client.setQueryData(ME_KEY, me);
  };
}

export function logIn(login: string, password: string): Promise<Me> {
  return apiRequest('/auth/login', { method: 'POST', body: { login, password } });
}

export function logOut(): Promise<{ ended_sessions: number }> {
  return apiRequest('/auth/logout', { method: 'POST' });
}

export function logOutEverywhere(): Promise<{ ended_sessions: number }> {
  return apiRequest('/auth/logout-all', { method: 'POST' });
}

export function changePassword(current: string, next: string): Promise<{ ended_sessions: number }> {
  return apiRequest('/auth/password', { method: 'POST', body: { current_password: current, new_password: next } });
}

export function getJoinUnit(joinCode: string, signal?: AbortSignal): Promise<JoinUnit> {
  return apiRequest(`/join/${segment(joinCode)}`, { signal });
}

export function register(input: {
  phone: string;
  full_name: string;
  password: string;
  join_code: string;
}): Promise<Registered> {
  return apiRequest('/auth/register', { method: 'POST', body: input });
}

export function listOidcProviders(signal?: AbortSignal): Promise<{ items: OidcProvider[] }> {
  return apiRequest('/auth/oidc/providers', { signal });
}

export function getOidcPending(token: string, signal?: AbortSignal): Promise<OidcPending> {
  return apiRequest(`/auth/oidc/pending/${segment(token)}`, { signal });
}

export function completeOidc(input: {
  pending_token: string;
  join_code: string;
  full_name?: string;
  phone?: string;
}): Promise<Registered> {
  return apiRequest('/auth/oidc/complete', { method: 'POST', body: input });
}

export function listTokens(signal?: AbortSignal): Promise<{ items: ApiToken[] }> {
  return apiRequest('/me/tokens', { signal });
}

export function createToken(name: string): Promise<ApiTokenCreated> {
  return apiRequest('/me/tokens', { method: 'POST', body: { name } });
}

export function revokeToken(id: number): Promise<ApiToken> {
  return apiRequest(`/me/tokens/${id}`, { method: 'DELETE' });
}
