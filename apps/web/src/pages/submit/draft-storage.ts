/**
 * The draft kept on this device: written on every keystroke, so a closed tab, a lost network or an
 * expired session never loses what was typed. One slot per account and form ("new" or a code).
 */
import { newIdempotencyKey } from '../../api/session-request.ts';
import type { FormValues } from './form-values.ts';

export interface StoredDraft {
  values: FormValues;
  /** The server's copy, once created. */
  code: string | null;
  version: number | null;
  /** Sent with the POST that creates the server copy: a retry never makes a second one. */
  createKey: string;
  /** Sent with the submit: a retry after a lost answer never submits twice. */
  submitKey: string;
  /** Typed since the server last acknowledged a save. */
  dirty: boolean;
  savedLocallyAt: string;
}

const PREFIX = 'sangkien.draft';

export function draftSlot(accountId: number, form: string): string {
  return `${PREFIX}.${accountId}.${form}`;
}

export function readDraft(slot: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(slot);
    return text ? (JSON.parse(text) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(slot: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(slot, JSON.stringify(draft));
  } catch {
    // storage full or blocked: the server copy is then the only one
  }
}

export function removeDraft(slot: string): void {
  try {
    localStorage.removeItem(slot);
  } catch {
    // nothing to remove
  }
}

export function newDraft(values: FormValues, code: string | null = null, version: number | null = null): StoredDraft {
  return {
    values,
    code,
    version,
    createKey: newIdempotencyKey(),
    submitKey: newIdempotencyKey(),
    dirty: false,
    savedLocallyAt: new Date().toISOString(),
  };
}
