/** The dataset tables of interchange.md §1: file and sheet names, column keys and headers. */

export const TABLE_NAMES = ['units', 'phases', 'quotas', 'members', 'initiatives'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface ColumnSpec {
  key: string;
  header: string;
  required: boolean;
}

export interface TableSpec {
  name: TableName;
  sheet: string;
  columns: readonly ColumnSpec[];
}

const col = (key: string, header: string, required = false): ColumnSpec => ({ key, header, required });

export const TABLES: Record<TableName, TableSpec> = {
  units: {
    name: 'units',
    sheet: 'Đơn vị',
    columns: [
      col('code', 'Mã đơn vị', true),
      col('name', 'Tên đơn vị', true),
      col('kind', 'Loại đơn vị', true),
      col('parent_code', 'Mã đơn vị cấp trên', true),
      col('members', 'Số đoàn viên'),
      col('join_code', 'Mã tham gia'),
    ],
  },
  phases: {
    name: 'phases',
    sheet: 'Giai đoạn',
    columns: [
      col('programme_code', 'Mã chương trình', true),
      col('programme_name', 'Tên chương trình', true),
      col('programme_goal', 'Mục tiêu'),
      col('phase_code', 'Mã giai đoạn', true),
      col('phase_name', 'Tên giai đoạn', true),
      col('starts_at', 'Bắt đầu', true),
      col('ends_at', 'Kết thúc', true),
    ],
  },
  quotas: {
    name: 'quotas',
    sheet: 'Chỉ tiêu',
    columns: [
      col('unit_code', 'Mã đơn vị', true),
      col('phase_code', 'Mã giai đoạn', true),
      col('quota', 'Chỉ tiêu', true),
    ],
  },
  members: {
    name: 'members',
    sheet: 'Đoàn viên',
    columns: [
      col('member_code', 'Mã đoàn viên', true),
      col('full_name', 'Họ và tên', true),
      col('unit_code', 'Mã đơn vị', true),
      col('phone', 'Số điện thoại'),
      col('job_title', 'Chức vụ'),
    ],
  },
  initiatives: {
    name: 'initiatives',
    sheet: 'Sáng kiến',
    columns: [
      col('code', 'Mã sáng kiến', true),
      col('title', 'Tên sáng kiến', true),
      col('phase_code', 'Mã giai đoạn', true),
      col('unit_code', 'Mã đơn vị', true),
      col('author_codes', 'Mã tác giả', true),
      col('status', 'Trạng thái', true),
      col('submitted_at', 'Ngày nộp'),
      col('field', 'Lĩnh vực'),
      col('problem', 'Hiện trạng'),
      col('solution', 'Nội dung giải pháp'),
      col('benefit', 'Hiệu quả'),
      col('benefit_vnd', 'Giá trị làm lợi (đồng)'),
      col('benefit_period', 'Kỳ tính giá trị'),
      col('confidentiality', 'Mức độ bảo mật'),
    ],
  },
};
