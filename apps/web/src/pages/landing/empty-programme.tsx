import { useI18n } from '../../i18n/i18n.tsx';

/** A fresh installation: say exactly which command fills it. */
export function EmptyProgramme() {
  const { t, tRich } = useI18n();
  return (
    <section className="card empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">{t('landing.empty.title')}</h1>
      <p>
        {tRich('landing.empty.body', {
          import: <code key="import">sangkien import</code>,
          demo: <code key="demo">sangkien demo</code>,
        })}
      </p>
    </section>
  );
}
