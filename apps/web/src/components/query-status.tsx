/** The loading and error states every data-driven page shows, in the user's language. */
import type { ApiErrorCode } from '../api/api-error.ts';
import { ApiError } from '../api/api-error.ts';
import type { MessageKey } from '../i18n/catalogues.ts';
import { useI18n } from '../i18n/i18n.tsx';

const ERROR_MESSAGES: Partial<Record<ApiErrorCode, MessageKey>> = {
  network: 'error.network',
  not_found: 'error.not_found',
  too_many_requests: 'error.too_many_requests',
  internal: 'error.internal',
};

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status">
      {t('state.loading')}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const key = error instanceof ApiError ? ERROR_MESSAGES[error.code] : 'error.network';
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.error')}</p>
      <p>{key ? t(key) : error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
