/** A unit's figures for one phase (the same numbers as its phase report). */
import { formatMoney, formatNumber, formatPercent } from '@sangkien/shared/format';
import type { FiguresData } from '@sangkien/shared/schemas/report';
import { usePhaseReport } from '../../api/queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type FigureKey = keyof FiguresData;

const FIGURES: ReadonlyArray<{ key: FigureKey; format: (value: number | null) => string; wide?: boolean }> = [
  { key: 'submissions', format: (v) => formatNumber(v ?? 0) },
  { key: 'valid', format: (v) => formatNumber(v ?? 0) },
  { key: 'pending', format: (v) => formatNumber(v ?? 0) },
  { key: 'invalid', format: (v) => formatNumber(v ?? 0) },
  { key: 'quota', format: (v) => (v === null ? '—' : formatNumber(v)) },
  { key: 'quota_percent', format: (v) => formatPercent(v) },
  { key: 'valid_quota_percent', format: (v) => formatPercent(v) },
  { key: 'members', format: (v) => formatNumber(v ?? 0) },
  { key: 'rate_percent', format: (v) => formatPercent(v) },
  { key: 'grassroots_participating', format: (v) => formatNumber(v ?? 0) },
  { key: 'members_participating', format: (v) => formatNumber(v ?? 0) },
  { key: 'benefit_vnd_total', format: (v) => formatMoney(v ?? 0), wide: true },
];

interface UnitFiguresProps {
  code: string;
  phase: { code: string; name: string };
}

export function UnitFigures({ code, phase }: UnitFiguresProps) {
  const { t } = useI18n();
  const report = usePhaseReport(code, phase.code);

  let body;
  if (!report.data) {
    body = report.error ? <ErrorNotice error={report.error} onRetry={() => void report.refetch()} /> : <Loading />;
  } else {
    const data = report.data;
    body = (
      <>
        {data.rank && (
          <p className="unit-figures__rank">{t('unit.rank', { position: data.rank.position, of: data.rank.of })}</p>
        )}
        <dl className="figure-grid">
          {FIGURES.map((figure) => (
            <div
              key={figure.key}
              className={figure.wide ? 'figure-grid__item figure-grid__item--wide' : 'figure-grid__item'}
              data-figure={figure.key}
            >
              <dt>{t(`figure.${figure.key}`)}</dt>
              <dd>{figure.format(data[figure.key])}</dd>
            </div>
          ))}
        </dl>
      </>
    );
  }

  return (
    <section className="card unit-figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('unit.figuresTitle', { phase: phase.name })}</h2>
      {body}
    </section>
  );
}
