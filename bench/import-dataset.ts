/**
 * Writes a synthetic dataset of about 200,000 rows in the import format (CSV): 1 root,
 * 20 provinces, 400 districts, 9,600 grassroots units, 60,000 members, 130,000 initiatives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../apps/server/src/features/demo/demo-random.ts';

export function writeImportDataset(dir: string, scale = 1): { rows: number } {
  fs.mkdirSync(dir, { recursive: true });
  const random = seededRandom(7);
  const provinces = 20;
  const districtsPer = 20;
  const grassrootsPer = Math.round(24 * scale);
  const membersPer = 6;
  const grassroots: string[] = [];
  const units = ['code,name,kind,parent_code,members', 'VN,Tổng Liên đoàn Lao động Việt Nam,national,,0'];
  for (let p = 1; p <= provinces; p++) {
    const pc = `P${p}`;
    units.push(`${pc},LĐLĐ tỉnh Số ${p},province,VN,0`);
    for (let d = 1; d <= districtsPer; d++) {
      const dc = `${pc}-D${d}`;
      units.push(`${dc},LĐLĐ huyện Số ${d} (${pc}),district,${pc},0`);
      for (let g = 1; g <= grassrootsPer; g++) {
        const gc = `${dc}-G${g}`;
        grassroots.push(gc);
        units.push(`${gc},CĐCS Công ty Số ${g} (${dc}),grassroots,${dc},${20 + Math.floor(random() * 200)}`);
      }
    }
  }
  const members = ['member_code,full_name,unit_code,phone,job_title'];
  let m = 0;
  for (const gc of grassroots) {
    for (let i = 0; i < membersPer; i++) {
      m++;
      const phone = random() < 0.5 ? `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : '';
      members.push(`DV${m},Nguyễn Văn Thành ${m},${gc},${phone},Công nhân`);
    }
  }
  const statuses = ['Hợp lệ', 'Đã nộp', 'Đang xem xét', 'Không hợp lệ', 'valid', 'submitted'];
  const initiatives = [
    'code,title,phase_code,unit_code,author_codes,status,submitted_at,benefit_vnd,benefit_period,confidentiality',
  ];
  const count = Math.round(130_000 * scale);
  for (let i = 1; i <= count; i++) {
    const g = Math.floor(random() * grassroots.length);
    const author = g * membersPer + 1 + Math.floor(random() * membersPer);
    const co = random() < 0.2 ? `;DV${g * membersPer + 1 + ((author - g * membersPer) % membersPer)}` : '';
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 5);
    const benefit = random() < 0.2 ? String(Math.floor(random() * 900) * 1_000_000) : '';
    initiatives.push(
      `SK${i},Cải tiến quy trình số ${i},GD1,${grassroots[g]},DV${author}${co === `;DV${author}` ? '' : co},${statuses[i % statuses.length]},` +
        `${String(day).padStart(2, '0')}/0${month}/2022 10:30,${benefit},month,internal`,
    );
  }
  const phases = [
    'programme_code,programme_name,programme_goal,phase_code,phase_name,starts_at,ends_at',
    'CT,01 triệu sáng kiến,1000000,GD1,Giai đoạn I,2022-01-01,2022-05-31',
  ];
  const quotas = ['unit_code,phase_code,quota', ...Array.from({ length: provinces }, (_, p) => `P${p + 1},GD1,5000`)];
  const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  write('units.csv', units);
  write('members.csv', members);
  write('initiatives.csv', initiatives);
  write('phases.csv', phases);
  write('quotas.csv', quotas);
  return { rows: units.length + members.length + initiatives.length + phases.length + quotas.length - 5 };
}
