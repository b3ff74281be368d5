/**
 * Who the bench acts as, created up front: member accounts with API tokens (bulk SQL, as a
 * registration run would leave them; tokens kept as SHA-256 like the app does) and one officer
 * account with a password and roles, created through `sangkien account create`.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { runCli } from './database.ts';

export interface BenchMember {
  accountId: number;
  memberId: number;
  memberCode: string;
  unitCode: string;
  token: string;
}

export interface BenchOfficer {
  login: string;
  password: string;
  token: string;
  provinceCode: string;
}

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const newToken = () => `skt_${randomBytes(32).toString('base64url')}`;

/** `count` members (accounts created for those without one), each with a fresh API token. */
export async function memberTokens(url: string, count: number, seed = 0.42): Promise<BenchMember[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('select setseed($1)', [seed]);
      const { rows } = await client.query<{
        member_id: number;
        code: string;
        unit_code: string;
        account_id: number | null;
      }>(
        `select m.id as member_id, m.code, u.code as unit_code, a.id as account_id
           from members m join units u on u.id = m.unit_id left join accounts a on a.member_id = m.id
          order by random() limit $1`,
        [count],
      );
      const missing = rows.filter((r) => r.account_id === null);
      if (missing.length > 0) {
        const created = await client.query<{ id: number; member_id: number }>(
          `insert into accounts (email, display_name, member_id)
           select 'bench-' || m || '@bench.invalid', 'Bench ' || m, m from unnest($1::int[]) as m
           returning id, member_id`,
          [missing.map((r) => r.member_id)],
        );
        const byMember = new Map(created.rows.map((r) => [r.member_id, r.id]));
        for (const r of missing) r.account_id = byMember.get(r.member_id)!;
      }
      const tokens = rows.map(() => newToken());
      await client.query(
        `insert into api_tokens (account_id, name, token_hash, prefix)
         select a, 'bench', h, 'skt_bench' from unnest($1::int[], $2::text[]) as t(a, h)`,
        [rows.map((r) => r.account_id), tokens.map(sha256)],
      );
      await client.query('commit');
      return rows.map((r, i) => ({
        accountId: r.account_id!,
        memberId: r.member_id,
        memberCode: r.code,
        unitCode: r.unit_code,
        token: tokens[i]!,
      }));
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

/** An officer: admin of the root (rankings, reports) and reviewer of the first province. */
export async function officer(url: string): Promise<BenchOfficer> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ root: string; province: string }>(
      `select r.code as root, p.code as province from units r join units p on p.parent_id = r.id
        where r.parent_id is null order by p.code limit 1`,
    );
    const { root, province } = rows[0]!;
    const login = `bench-officer-${Date.now().toString(36)}@bench.invalid`;
    const password = randomBytes(12).toString('base64url');
    runCli(
      url,
      [
        'account',
        'create',
        '--login',
        login,
        '--password-stdin',
        '--role',
        `admin@${root}`,
        '--role',
        `reviewer@${province}`,
      ],
      {
        input: password,
      },
    );
    const token = newToken();
    await pool.query(
      `insert into api_tokens (account_id, name, token_hash, prefix)
       select id, 'bench', $2, 'skt_bench' from accounts where email = $1`,
      [login, sha256(token)],
    );
    return { login, password, token, provinceCode: province };
  } finally {
    await pool.end();
  }
}
