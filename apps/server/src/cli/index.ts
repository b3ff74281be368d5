/** `sangkien`: thin wrappers over the services, for operators (interchange.md §2). */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { commands, type Command } from './commands.ts';
import { UsageError } from './usage-error.ts';

const USAGE = `Cách dùng: sangkien <lệnh> [tùy chọn]

  serve [--port 3000] [--demo-if-empty]   chạy máy chủ web (tự cập nhật lược đồ trước)
  migrate                                 cập nhật lược đồ cơ sở dữ liệu
  import PATH                             nhập thư mục CSV hoặc tệp .xlsx
  export PATH                             xuất dữ liệu ra thư mục CSV (hoặc PATH.xlsx)
  report --unit MÃ --phase MÃ [--format json|xlsx|docx] [--out TỆP] [--as-of THỜI_ĐIỂM]
  commendations --unit MÃ [--phase MÃ] [--criteria TIÊU_CHÍ,...] [--limit 10] [--format json|xlsx|docx] [--out TỆP]
  demo [--scale small|province|national]  nạp dữ liệu mẫu
  snapshot [--at THỜI_ĐIỂM] [--phase MÃ]   chụp bảng xếp hạng tuần (mặc định: bây giờ, các giai đoạn đang mở)
  verify [--fix]                          đếm lại số liệu tổng hợp từ dữ liệu gốc, báo (hoặc sửa) chỗ lệch
  account create --login SĐT_HOẶC_EMAIL --password-stdin [--name TÊN] [--role VAI_TRÒ@MÃ_ĐƠN_VỊ ...]

Cơ sở dữ liệu: DATABASE_URL (PostgreSQL), nếu không có thì thư mục DATA_DIR (mặc định ./data).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands[name];
  if (!command) {
    console.error(`Lệnh không tồn tại: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return await command.run({ values: values as Record<string, unknown>, positionals, config: loadConfig() });
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof UsageError) {
      console.error(error.message);
      return error instanceof UsageError ? 2 : 1;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if ((error as { name?: string }).name === 'AppError') {
      console.error((error as Error).message);
      return 1;
    }
    console.error(`Lỗi: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
