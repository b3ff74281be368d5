/** `sangkien account create --login PHONE_OR_EMAIL --password-stdin [--name N] [--role ROLE@UNIT ...]`. */
import { createAccountByOperator, parseRoleAtUnit } from '../features/accounts/create-account.service.ts';
import { withDatabase, type Command } from './commands.ts';
import { UsageError } from './usage-error.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const accountCommand: Command = {
  options: {
    login: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
    name: { type: 'string' },
    role: { type: 'string', multiple: true, default: [] },
  },
  run: async ({ positionals, values, config }) => {
    if (positionals[0] !== 'create')
      throw new UsageError('Cách dùng: sangkien account create --login … --password-stdin');
    const login = values.login;
    if (typeof login !== 'string' || login === '') throw new UsageError('Thiếu tùy chọn --login');
    if (!values['password-stdin']) throw new UsageError('Mật khẩu đọc từ đầu vào chuẩn: thêm --password-stdin');
    const roles = values.role as string[];
    for (const role of roles) parseRoleAtUnit(role);
    const password = (await readStdin()).replace(/\r?\n$/, '');
    return withDatabase(config, async (database) => {
      const created = await createAccountByOperator(
        database,
        { login, password, name: values.name as string | undefined, roles },
        new Date(),
      );
      const granted = created.roles.map((r) => `${r.role}@${r.unit_code}`).join(', ') || 'không có';
      console.log(`Đã tạo tài khoản ${created.login} (số ${created.account_id}); vai trò: ${granted}.`);
      return 0;
    });
  },
};
