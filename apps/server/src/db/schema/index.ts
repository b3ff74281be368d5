export * from './units.ts';
export * from './programmes.ts';
export * from './people.ts';
export * from './initiatives.ts';
export * from './stats.ts';
export * from './audit.ts';
export * from './reports.ts';
export * from './councils.ts';
