import { timestamp } from 'drizzle-orm/pg-core';

/** Every instant is a timestamptz; Vietnam time is applied when reading and showing. */
export const instant = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, mode: 'date' }) : timestamp({ withTimezone: true, mode: 'date' });

export const createdAt = () => instant().notNull().defaultNow();
export const updatedAt = () => instant().notNull().defaultNow();
