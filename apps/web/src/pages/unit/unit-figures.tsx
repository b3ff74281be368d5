/** A unit's figures for one phase (the same numbers as its phase report). */
import { formatMoney, formatNumber, formatPercent } from '@sangkien/shared/format';
import type { FiguresData } from '@sangkien/shared/schemas/report';
import { usePhaseReport } from '../../api/queries.ts';
import { ErrorNotice, Loading } from '../../components/query-status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type FigureKey = keyof FiguresData;
type Format = (value: number | null) => string;

const count: Format = (v) => (v === null ? '—' : formatNumber(v));
const percent: Format = (v) => formatPercent(v);
const money: Format = (v) => (v === null ? '—' : formatMoney(v));

/** `wide`: sums in đồng run to 15 characters and take a whole row on a phone. */
const FIGURES: ReadonlyArray<{ key: FigureKey; format: Format; wide?: boolean }> = [
  { key: 'submissions', format: count },
  { key: 'valid', format: count },
  { key: 'pending', format: count },
  { key: 'invalid', format: count },
  { key: 'quota', format: count },
  { key: 'quota_percent', format: percent },
  { key: 'valid_quota_percent', format: percent },
  { key: 'members', format: count },
  { key: 'rate_percent', format: percent },
  { key: 'grassroots_participating', format: count },
  { key: 'members_participating', format: count },
  { key: 'benefit_vnd_total', format: money, wide: true },
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
