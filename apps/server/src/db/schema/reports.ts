import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns.ts';
import { units } from './units.ts';

/**
 * How a unit's official documents are headed and signed. Null columns fall back to defaults
 * derived from the tree (superior = parent's name, place = the province's name).
 */
export const unitReportSettings = pgTable('unit_report_settings', {
  unitId: integer()
    .primaryKey()
    .references(() => units.id),
  superiorName: text(),
  issuerName: text(),
  /** The issuer's short name in "Số: …/BC-LĐLĐ". */
  shortName: text(),
  placeName: text(),
  /** "TM. BAN THƯỜNG VỤ". */
  signerCapacity: text(),
  signerTitle: text(),
  signerName: text(),
  /** Nơi nhận, one recipient a line. */
  recipients: text().array(),
  updatedAt: updatedAt(),
});
