/** The phase report (Word, Excel) and the latest weekly bulletin (text and picture) to take away. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '@sangkien/shared/format';
import { getBulletins, reportFileUrl } from '../../api/dashboard-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function DashboardDownloads({ code, phase }: { code: string; phase: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const bulletins = useQuery({
    queryKey: ['bulletins', code, phase],
    queryFn: ({ signal }) => getBulletins(code, phase, signal),
  });
  const latest = bulletins.data?.items[0];
  return (
    <section className="card" aria-labelledby="downloads">
      <h2 id="downloads">{t('dashboard.downloads')}</h2>
      <ul className="plain-list">
        <li>
          <a href={reportFileUrl(code, phase, 'docx')} download>
            {t('dashboard.reportDocx')}
          </a>
        </li>
        <li>
          <a href={reportFileUrl(code, phase, 'xlsx')} download>
            {t('dashboard.reportXlsx')}
          </a>
        </li>
      </ul>
      <h3>{t('dashboard.bulletin')}</h3>
      {!latest ? (
        <p className="state">{t('dashboard.bulletinEmpty')}</p>
      ) : (
        <>
          <p>{t('dashboard.bulletinOf', { at: formatDateTime(latest.taken_at) })}</p>
          <label htmlFor="bulletin-text">{t('dashboard.bulletinText')}</label>
          <textarea id="bulletin-text" readOnly rows={8} value={latest.text} className="bulletin-text" />
          <p>
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(latest.text).then(() => setCopied(true));
              }}
            >
              {t('dashboard.bulletinCopy')}
            </button>{' '}
            <a href={latest.image_url} download>
              {t('dashboard.bulletinImage')}
            </a>
            <span role="status">{copied ? ` ${t('dashboard.bulletinCopied')}` : ''}</span>
          </p>
        </>
      )}
    </section>
  );
}
