import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exportZip, type ExportFiles } from './entities-xml.js';

/** Writes the export unpacked: DIR/entities.xml, DIR/attachments/... */
export async function writeExportFolder(dir: string, files: ExportFiles): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'entities.xml'), files.entities);
  await writeFile(join(dir, 'exportDescriptor.properties'), files.descriptor);
  for (const [path, bytes] of Object.entries(files.attachments)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  return dir;
}

export async function writeExportZip(path: string, files: ExportFiles): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, exportZip(files));
  return path;
}
