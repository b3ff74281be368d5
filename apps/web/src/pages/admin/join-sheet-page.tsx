/** `/quan-tri/don-vi/:code/in-ma-tham-gia`: one A4 sheet to pin on the notice board, printed from the browser. */
import '../../styles/admin.css';
import { useUnit } from '../../api/queries.ts';
import { joinQrUrl } from '../../api/admin-api.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { RequireSignIn } from '../../components/require-sign-in.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { registrationLink } from './join-code-panel.tsx';
import { addAdminMessages } from '../../i18n/vi/on-demand.ts';

addAdminMessages();

function Sheet({ code }: { code: string }) {
  const { t } = useI18n();
  const unit = useUnit(code);
  useDocumentTitle(t('admin.sheet.documentTitle', { unit: unit.data?.name ?? code }));
  if (!unit.data) return unit.error ? <ErrorNotice error={unit.error} /> : <Loading />;
  const joinCode = unit.data.join_code;
  if (!joinCode) return <p className="card empty-state">{t('admin.sheet.noCode')}</p>;
  return (
    <article className="join-sheet">
      <p className="no-print actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('admin.sheet.print')}
        </button>
      </p>
      <h1>{t('admin.sheet.heading')}</h1>
      <p className="join-sheet__unit">{unit.data.name}</p>
      <img
        className="join-sheet__qr"
        src={`${joinQrUrl(code, 'svg')}?v=${encodeURIComponent(joinCode)}`}
        alt={t('admin.join.qrAlt', { unit: unit.data.name })}
        width={320}
        height={320}
      />
      <ol className="join-sheet__steps">
        <li>{t('admin.sheet.step1')}</li>
        <li>{t('admin.sheet.step2')}</li>
        <li>{t('admin.sheet.step3')}</li>
      </ol>
      <p>
        {t('admin.sheet.manual')} <strong className="join-code">{joinCode}</strong>
      </p>
      <p className="small">{registrationLink(joinCode)}</p>
    </article>
  );
}

export function JoinSheetPage({ code }: { code: string }) {
  return <RequireSignIn>{() => <Sheet code={code} />}</RequireSignIn>;
}
