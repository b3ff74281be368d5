export * from './text.ts';
export * from './phone.ts';
export * from './format.ts';
export * from './time.ts';
export * from './enums.ts';
export * from './numbers.ts';
export * from './errors.ts';
export * from './schemas/report.ts';
