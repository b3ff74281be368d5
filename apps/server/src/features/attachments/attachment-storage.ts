/**
 * Where attachment bytes live, addressed by their SHA-256: on disk under
 * `DATA_DIR/attachments/<first 2 hex>/<sha256>`. Behind this small interface so an S3 store can
 * replace it without touching the feature.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export interface AttachmentStorage {
  put(sha256: string, bytes: Buffer): Promise<void>;
  get(sha256: string): Promise<Buffer | null>;
  exists(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function diskStorage(dataDir: string): AttachmentStorage {
  const root = path.join(dataDir, 'attachments');
  const fileOf = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error('not a sha256');
    return path.join(root, sha256.slice(0, 2), sha256);
  };
  return {
    async put(sha256, bytes) {
      const file = fileOf(sha256);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename: a reader never sees half a file; the same content twice is harmless.
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, file);
    },
    async get(sha256) {
      try {
        return await fs.readFile(fileOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async exists(sha256) {
      try {
        await fs.access(fileOf(sha256));
        return true;
      } catch {
        return false;
      }
    },
  };
}
