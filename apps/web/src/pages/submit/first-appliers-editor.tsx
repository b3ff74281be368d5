/** Item 11 of the official form: the people who took part in the first application. */
import { Field } from '../../components/form/field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FIRST_APPLIER_FIELDS, type FirstApplierRow, type FormValues } from './form-values.ts';

const BLANK: FirstApplierRow = {
  full_name: '',
  date_of_birth: '',
  workplace: '',
  job_title: '',
  qualification: '',
  contribution: '',
};

interface Props {
  values: FormValues;
  update(change: Partial<FormValues>): void;
  error: string | undefined;
}

export function FirstAppliersEditor({ values, update, error }: Props) {
  const { t } = useI18n();
  const rows = values.first_appliers ?? [];
  const setRow = (index: number, change: Partial<FirstApplierRow>) =>
    update({ first_appliers: rows.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  return (
    <fieldset className="group" aria-describedby={error ? 'appliers-error' : undefined}>
      <legend>{t('submit.appliers.legend')}</legend>
      {rows.map((row, index) => (
        <div className="author-row" key={index}>
          <div className="field-row">
            {FIRST_APPLIER_FIELDS.map((name) => (
              <Field key={name} id={`p${index}-${name}`} label={t(`submit.appliers.${name}`)}>
                {(aria) => (
                  <input
                    {...aria}
                    type={name === 'date_of_birth' ? 'date' : 'text'}
                    value={row[name]}
                    onChange={(e) => setRow(index, { [name]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => update({ first_appliers: rows.filter((_, i) => i !== index) })}
          >
            {t('submit.appliers.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      {error && (
        <p id="appliers-error" className="field__error">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => update({ first_appliers: [...rows, BLANK] })}
      >
        {t('submit.appliers.add')}
      </button>
    </fieldset>
  );
}
