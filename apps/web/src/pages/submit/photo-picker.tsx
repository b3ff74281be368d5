/**
 * Photos from the camera (or any file), made smaller on the phone before sending over a slow
 * network, each with its upload progress. The draft is saved first: attachments need its code.
 */
import { useState } from 'react';
import type { Attachment } from '@sangkien/shared/initiatives';
import { ApiError } from '../../api/api-error.ts';
import { uploadAttachment } from '../../api/initiatives-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const MAX_SIDE = 1600;

interface Upload {
  key: string;
  name: string;
  progress: number;
  error: string | null;
  done: Attachment | null;
}

/** A JPEG no wider or taller than MAX_SIDE; other files (PDF, office) go as they are. */
async function shrink(file: File): Promise<Blob> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 800_000) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}

export function PhotoPicker({ ensureCode, existing }: { ensureCode: () => Promise<string>; existing: Attachment[] }) {
  const { t } = useI18n();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const change = (key: string, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const send = async (files: FileList) => {
    const batch = [...files].map((file, i) => ({ file, key: `${Date.now()}-${i}` }));
    setUploads((list) => [
      ...list,
      ...batch.map(({ file, key }) => ({ key, name: file.name, progress: 0, error: null, done: null })),
    ]);
    let code: string;
    try {
      code = await ensureCode();
    } catch {
      for (const { key } of batch) change(key, { error: t('submit.photos.needsSave') });
      return;
    }
    for (const { file, key } of batch) {
      try {
        const body = await shrink(file);
        const name = body === file ? file.name : file.name.replace(/\.\w+$/, '') + '.jpg';
        const done = await uploadAttachment(code, body, name, (progress) => change(key, { progress }));
        change(key, { done, progress: 1 });
      } catch (error) {
        const message =
          error instanceof ApiError && error.code !== 'network' ? error.message : t('submit.photos.failed');
        change(key, { error: message });
      }
    }
  };

  return (
    <fieldset className="group">
      <legend>{t('submit.photos.legend')}</legend>
      <p className="field__hint" id="photos-hint">
        {t('submit.photos.hint')}
      </p>
      <label className="button button--secondary" htmlFor="photos">
        {t('submit.photos.take')}
      </label>
      <input
        id="photos"
        className="visually-hidden"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        aria-describedby="photos-hint"
        onChange={(event) => {
          if (event.target.files?.length) void send(event.target.files);
          event.target.value = '';
        }}
      />
      <ul className="photo-list" aria-live="polite">
        {existing.map((a) => (
          <li key={`a${a.id}`}>{a.file_name}</li>
        ))}
        {uploads.map((u) => (
          <li key={u.key}>
            <span>{u.name}</span>
            {u.error ? (
              <span className="field__error">{u.error}</span>
            ) : (
              <span
                className="progress-line"
                role="progressbar"
                aria-label={t('submit.photos.progress', { name: u.name })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(u.progress * 100)}
              >
                <span style={{ width: `${Math.round(u.progress * 100)}%` }} />
              </span>
            )}
            {u.done && <span className="muted">{t('submit.photos.done')}</span>}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
