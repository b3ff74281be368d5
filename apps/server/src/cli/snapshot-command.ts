/** `sangkien snapshot [--at ISO] [--phase MÃ]`: freezes the weekly rankings by hand. */
import { parseVietnamLocal } from '@sangkien/shared';
import { takeSnapshot } from '../features/snapshots/snapshots.service.ts';
import type { Command } from './commands.ts';
import { withDatabase } from './commands.ts';
import { UsageError } from './usage-error.ts';

function parseAt(value: unknown): Date {
  if (value === undefined) return new Date();
  const text = String(value);
  // An ISO instant with its offset, or a Vietnam wall-clock time.
  const local = parseVietnamLocal(text);
  const date = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? new Date(text) : (local?.date ?? new Date(NaN));
  if (Number.isNaN(date.getTime())) throw new UsageError(`--at không phải thời điểm hợp lệ: ${text}`);
  return date;
}

export const snapshotCommand: Command = {
  options: { at: { type: 'string' }, phase: { type: 'string', multiple: true } },
  run: ({ values, config }) =>
    withDatabase(config, async (database) => {
      const at = parseAt(values.at);
      const phaseCodes = (values.phase as string[] | undefined) ?? [];
      const summary = await takeSnapshot(database.db, { at, phaseCodes });
      if (summary.phases.length === 0) {
        console.log('Không có giai đoạn nào đang mở: không chụp bảng xếp hạng.');
        return 0;
      }
      for (const p of summary.phases) {
        console.log(
          p.created
            ? `Đã chụp bảng xếp hạng giai đoạn ${p.code} lúc ${summary.taken_at}: ${p.units} đơn vị.`
            : `Bảng xếp hạng giai đoạn ${p.code} lúc ${summary.taken_at} đã được chụp trước đó.`,
        );
      }
      return 0;
    }),
};
