/**
 * The form's draft: kept on the device at once and on the server shortly after (a debounced
 * PATCH; the first save creates the draft with `submit: false` and an Idempotency-Key).
 * Offline or signed out, it keeps trying when the network or the session comes back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InitiativeDetail } from '@sangkien/shared/initiatives';
import { ApiError } from '../../api/api-error.ts';
import { createInitiative, getInitiative, patchInitiative, transitionInitiative } from '../../api/initiatives-api.ts';
import { forgetSession } from '../../api/session-request.ts';
import { readDraft, removeDraft, writeDraft, type StoredDraft } from './draft-storage.ts';
import { toContent, type FormValues } from './form-values.ts';

export type SyncState = 'saved' | 'pending' | 'saving' | 'offline' | 'signed_out' | 'rejected';

const SAVE_DELAY_MS = 1_200;
const RETRY_MS = 10_000;

export interface Draft {
  values: FormValues;
  code: string | null;
  sync: SyncState;
  /** Field errors the server gave for the last save (API field names). */
  serverFields: Record<string, string>;
  update(change: Partial<FormValues>): void;
  /** Saves now; resolves with the server's code (creating the draft if needed). */
  flush(): Promise<string>;
  submit(): Promise<InitiativeDetail>;
}

function syncStateOf(error: unknown): SyncState {
  if (error instanceof ApiError && error.code === 'network') return 'offline';
  if (error instanceof ApiError && error.status === 401) return 'signed_out';
  return 'rejected';
}

/** `createExtra` rides on the POST that creates the server copy (a supporter's `author_codes`). */
export function useDraft(slot: string, start: () => StoredDraft, createExtra?: { author_codes: string[] }): Draft {
  const draftRef = useRef<StoredDraft | null>(null);
  if (draftRef.current === null) draftRef.current = readDraft(slot) ?? start();
  const [values, setValues] = useState(draftRef.current.values);
  const [code, setCode] = useState(draftRef.current.code);
  const [sync, setSync] = useState<SyncState>(draftRef.current.dirty ? 'pending' : 'saved');
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<string> | null>(null);
  const extra = useRef(createExtra);
  extra.current = createExtra;

  const store = useCallback(
    (change: Partial<StoredDraft>) => {
      draftRef.current = { ...draftRef.current!, ...change, savedLocallyAt: new Date().toISOString() };
      writeDraft(slot, draftRef.current);
    },
    [slot],
  );

  const saveOnce = useCallback(async (): Promise<string> => {
    const draft = draftRef.current!;
    const sent = draft.values;
    const content = toContent(sent);
    let detail: InitiativeDetail;
    if (draft.code === null) {
      detail = await createInitiative({ ...content, ...extra.current, submit: false }, draft.createKey);
    } else {
      try {
        detail = await patchInitiative(draft.code, { ...content, version: draft.version ?? undefined });
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'conflict')) throw error;
        // Saved from another tab meanwhile: what this tab holds is newer, since it is being typed now.
        const fresh = await getInitiative(draft.code);
        detail = await patchInitiative(draft.code, { ...content, version: fresh.version });
      }
    }
    store({ code: detail.code, version: detail.version, dirty: draftRef.current!.values !== sent });
    setCode(detail.code);
    return detail.code;
  }, [store]);

  const flush = useCallback((): Promise<string> => {
    clearTimeout(timer.current);
    const previous = running.current ?? Promise.resolve('');
    const next = previous
      .catch(() => '')
      .then(async () => {
        const draft = draftRef.current!;
        if (!draft.dirty && draft.code !== null) return draft.code;
        setSync('saving');
        try {
          const saved = await saveOnce();
          setServerFields({});
          setSync(draftRef.current!.dirty ? 'pending' : 'saved');
          return saved;
        } catch (error) {
          const state = syncStateOf(error);
          if (state === 'signed_out') forgetSession();
          if (error instanceof ApiError && state === 'rejected') setServerFields(error.fields);
          setSync(state);
          throw error;
        }
      });
    running.current = next;
    return next;
  }, [saveOnce]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush().catch(() => undefined), SAVE_DELAY_MS);
  }, [flush]);

  const update = useCallback(
    (change: Partial<FormValues>) => {
      const next = { ...draftRef.current!.values, ...change };
      store({ values: next, dirty: true });
      setValues(next);
      setSync((state) => (state === 'offline' || state === 'signed_out' ? state : 'pending'));
      if (typeof navigator !== 'undefined' && navigator.onLine === false) setSync('offline');
      else schedule();
    },
    [schedule, store],
  );

  // Back online, back to the tab (maybe after signing in again), or every little while: try again.
  useEffect(() => {
    const retry = () => {
      if (draftRef.current!.dirty && navigator.onLine !== false) void flush().catch(() => undefined);
    };
    const offline = () => setSync('offline');
    window.addEventListener('online', retry);
    window.addEventListener('offline', offline);
    window.addEventListener('focus', retry);
    const interval = setInterval(retry, RETRY_MS);
    if (draftRef.current!.dirty) retry();
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('focus', retry);
      clearInterval(interval);
      clearTimeout(timer.current);
    };
  }, [flush]);

  const submit = useCallback(async (): Promise<InitiativeDetail> => {
    const saved = await flush();
    const draft = draftRef.current!;
    let detail: InitiativeDetail;
    try {
      detail = await transitionInitiative(saved, { to: 'submitted' }, draft.submitKey);
    } catch (error) {
      // The first try may have gone through with its answer lost: then it is already submitted.
      if (!(error instanceof ApiError) || error.code === 'network' || error.status === 401) throw error;
      const current = await getInitiative(saved).catch(() => null);
      if (current?.status !== 'submitted' || current.submitted_at === null) throw error;
      detail = current;
    }
    removeDraft(slot);
    return detail;
  }, [flush, slot]);

  return { values, code, sync, serverFields, update, flush, submit };
}
