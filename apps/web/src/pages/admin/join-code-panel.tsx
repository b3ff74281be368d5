/** A grassroots union's join code: its QR (PNG/SVG to download), the printable sheet, a new code. */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { joinQrUrl, renewJoinCode, type UnitDetail } from '../../api/admin-api.ts';
import { FormError } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { joinSheetPath, registerPath } from '../../lib/routes.ts';

export function registrationLink(joinCode: string): string {
  return `${window.location.origin}${registerPath(joinCode)}`;
}

export function JoinCodePanel({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const renew = useMutation({
    mutationFn: () => renewJoinCode(unit.code),
    onSuccess: () => {
      setConfirming(false);
      void client.invalidateQueries({ queryKey: ['unit', unit.code] });
    },
  });
  const code = unit.join_code!;
  // The image address changes with the code, so a renewed code never shows a cached QR.
  const version = `?v=${encodeURIComponent(code)}`;
  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">{t('admin.join.title')}</h2>
      <div className="join-panel">
        <img
          className="join-panel__qr"
          src={`${joinQrUrl(unit.code, 'svg')}${version}`}
          alt={t('admin.join.qrAlt', { unit: unit.name })}
          width={160}
          height={160}
        />
        <div>
          <p>
            {t('admin.join.code')}:{' '}
            <strong className="join-code" data-testid="join-code">
              {code}
            </strong>
          </p>
          <p className="small">
            {t('admin.join.link')}: <a href={registerPath(code)}>{registrationLink(code)}</a>
          </p>
          <p className="actions">
            <a className="button button--secondary" href={`${joinQrUrl(unit.code, 'png')}${version}`} download>
              {t('admin.join.downloadPng')}
            </a>
            <a className="button button--secondary" href={`${joinQrUrl(unit.code, 'svg')}${version}`} download>
              {t('admin.join.downloadSvg')}
            </a>
            <Link className="button button--secondary" href={joinSheetPath(unit.code)}>
              {t('admin.join.sheet')}
            </Link>
          </p>
          {unit.permissions?.administer &&
            (confirming ? (
              <p className="actions">
                <span>{t('admin.join.renewWarning')}</span>
                <button type="button" className="button button--danger" onClick={() => renew.mutate()}>
                  {t('admin.join.renewConfirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  {t('admin.common.cancel')}
                </button>
              </p>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
                {t('admin.join.renew')}
              </button>
            ))}
          <FormError error={renew.error} />
        </div>
      </div>
    </section>
  );
}
