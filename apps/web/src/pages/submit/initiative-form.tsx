/** The form itself (short or full): autosaved draft, checks beside each field, submit and receipt. */
import { useState, type FormEvent } from 'react';
import type { Attachment, InitiativeDetail } from '@sangkien/shared/initiatives';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AuthorsEditor } from './authors-editor.tsx';
import type { StoredDraft } from './draft-storage.ts';
import { byFormField, focusFirstError } from './field-errors.ts';
import { checkForSubmit, checkWhileTyping } from './form-checks.ts';
import { FullFields } from './full-fields.tsx';
import { PhotoPicker } from './photo-picker.tsx';
import { Receipt } from './receipt.tsx';
import { ShortFields } from './short-fields.tsx';
import { SignInNeeded } from './sign-in-needed.tsx';
import { SyncStatus } from './sync-status.tsx';
import { fieldLabel } from './field-label.ts';
import { useDraft } from './use-draft.ts';

interface Props {
  slot: string;
  start: () => StoredDraft;
  unitCode: string | null;
  canSubmit: boolean;
  attachments: Attachment[];
  /** The reviewer's comments per field, after a return for correction. */
  comments: Record<string, string> | null;
  /** Submitting on a member's behalf: the authors chosen by the support team. */
  createExtra?: { author_codes: string[] };
}

export function InitiativeForm({ slot, start, unitCode, canSubmit, attachments, comments, createExtra }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const draft = useDraft(slot, start, createExtra);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [receipt, setReceipt] = useState<InitiativeDetail | null>(null);

  if (receipt) return <Receipt detail={receipt} />;

  const typing = checkWhileTyping(draft.values);
  const server = byFormField(draft.serverFields);
  const error = (name: string): string | undefined => {
    const key = checked[name] ?? typing[name];
    return key ? t(key as MessageKey) : server[name];
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    const local = checkForSubmit(draft.values);
    setChecked(local);
    if (Object.keys(local).length > 0) {
      focusFirstError(local);
      return;
    }
    setSubmitting(true);
    try {
      const detail = await draft.submit();
      void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
      void queryClient.invalidateQueries({ queryKey: ['initiative', detail.code] });
      setReceipt(detail);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        setChecked({});
        focusFirstError(byFormField(e.fields));
      }
      setSubmitError(submitMessage(e, t));
    } finally {
      setSubmitting(false);
    }
  };

  const props = { values: draft.values, update: draft.update, error };
  return (
    <form onSubmit={onSubmit} noValidate>
      {comments && Object.keys(comments).length > 0 && (
        <section className="comment" aria-labelledby="comments-title">
          <h2 id="comments-title">{t('submit.comments.title')}</h2>
          <ul>
            {Object.entries(comments).map(([field, text]) => (
              <li key={field}>
                <strong>{fieldLabel(field, t)}:</strong> {text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SyncStatus state={draft.sync} />
      {draft.sync === 'signed_out' && <SignInNeeded draftKept />}
      <ShortFields {...props} />
      {draft.values.form_kind === 'full' && (
        <>
          <AuthorsEditor values={draft.values} unitCode={unitCode} update={draft.update} error={error('authors')} />
          <FullFields {...props} />
        </>
      )}
      <PhotoPicker ensureCode={draft.flush} existing={attachments} />
      {submitError && (
        <p className="state state--error" role="alert" data-testid="submit-error">
          {submitError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={!canSubmit || submitting}>
          {submitting ? t('submit.sending') : t('submit.send')}
        </button>
        <span className="muted">{t('submit.sendHint')}</span>
      </div>
    </form>
  );
}

function submitMessage(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (!(error instanceof ApiError)) return t('submit.error.unknown');
  if (error.code === 'network') return t('submit.error.offline');
  if (error.status === 401) return t('submit.error.signedOut');
  if (error.code === 'window_closed') return error.message || t('submit.error.closed');
  if (Object.keys(error.fields).length > 0) return t('submit.error.fields');
  return error.message;
}
