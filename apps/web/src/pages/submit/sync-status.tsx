/** Where the draft is now, said politely to screen readers as it changes. */
import type { MessageKey } from '../../i18n/catalogues.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { SyncState } from './use-draft.ts';

const MESSAGES: Record<SyncState, MessageKey> = {
  saved: 'submit.sync.saved',
  pending: 'submit.sync.pending',
  saving: 'submit.sync.saving',
  offline: 'submit.sync.offline',
  signed_out: 'submit.sync.signedOut',
  rejected: 'submit.sync.rejected',
};

export function SyncStatus({ state }: { state: SyncState }) {
  const { t } = useI18n();
  return (
    <p className={`sync-status sync-status--${state}`} role="status" aria-live="polite" data-testid="draft-status">
      {t(MESSAGES[state])}
    </p>
  );
}
