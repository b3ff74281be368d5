/** A temporary copy of the example dataset that a test may alter. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_DATASET } from './helpers.ts';

export interface DatasetCopy {
  dir: string;
  file(name: string): string;
  /** Replaces 1-based `row` (the header is row 1) of a CSV file. */
  setRow(name: string, row: number, line: string): void;
  appendRow(name: string, line: string): void;
  write(name: string, content: string | Buffer): void;
  remove(): void;
}

export function copyExampleDataset(): DatasetCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-dataset-'));
  fs.cpSync(EXAMPLE_DATASET, dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const lines = (name: string) => fs.readFileSync(file(name), 'utf8').replace(/\n$/, '').split('\n');
  return {
    dir,
    file,
    setRow(name, row, line) {
      const all = lines(name);
      all[row - 1] = line;
      fs.writeFileSync(file(name), all.join('\n') + '\n');
    },
    appendRow(name, line) {
      fs.appendFileSync(file(name), line + '\n');
    },
    write(name, content) {
      fs.writeFileSync(file(name), content);
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
