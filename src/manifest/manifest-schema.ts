import { z } from 'zod';

/**
 * The manifest's shape (DIR/.wikiport/manifest.json), apart from the code that reads and writes it,
 * so that the journal and the text writer need not import the reader.
 */

export const manifestDirName = '.wikiport';
export const manifestFileName = 'manifest.json';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256');

/**
 * A path inside the export folder, `/`-separated: never absolute, never through `..`, no
 * backslashes or NULs. A hand-edited manifest must not make push or export write elsewhere.
 */
const InsidePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !p.includes('\\') && !p.includes('\0') && !p.split('/').includes('..'), {
    message: 'a path inside the export folder (relative, no "..")',
  });

export const ManifestFileSchema = z.object({
  /** Relative to the export folder, `/`-separated. */
  path: InsidePath,
  sha256: Sha256,
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const ManifestAttachmentSchema = z.object({
  id: z.string(),
  /** The file name in Confluence (`ri:filename`). */
  title: z.string(),
  version: z.number().int().nullable().default(null),
  path: InsidePath,
  sha256: Sha256,
});
export type ManifestAttachment = z.infer<typeof ManifestAttachmentSchema>;

export const ManifestPageSchema = z.object({
  id: z.string(),
  title: z.string(),
  spaceKey: z.string().nullable(),
  parentId: z.string().nullable(),
  version: z.number().int().positive(),
  labels: z.array(z.string()).default([]),
  sourceUrl: z.string().nullable().default(null),
  files: z.object({
    md: ManifestFileSchema.optional(),
    json: ManifestFileSchema.optional(),
    /** The exact storage XHTML the other files came from: `.wikiport/storage/<id>.xhtml`. */
    storage: ManifestFileSchema,
  }),
  attachments: z.array(ManifestAttachmentSchema).default([]),
  /** The export that wrote these files also downloaded the page's attachments. */
  attachmentsExported: z.boolean().default(false),
  /**
   * The files were written with `--redact`: the hash of the rules (redactionFingerprint), else
   * null. Such files hold masks instead of secrets, so push refuses them.
   */
  redaction: Sha256.nullable().default(null),
  /**
   * The `--jira-base-url` the files were written with (Jira issue links point there), else null.
   * A re-run with another one writes the page again from its kept storage; push renders with it.
   */
  jiraBaseUrl: z.string().nullable().default(null),
  /** ISO time of the export that wrote these files. */
  exportedAt: z.string(),
  /** The page was not found upstream on a later run; its files are kept. */
  deleted: z.boolean().default(false),
  deletedAt: z.string().nullable().default(null),
});
export type ManifestPage = z.infer<typeof ManifestPageSchema>;

export const ManifestSchema = z.object({
  kind: z.literal('wikiport-manifest'),
  schemaVersion: z.literal(1),
  /** Site base URL the pages came from (no credentials). */
  baseUrl: z.string().nullable().default(null),
  /** What was exported: `--space KEY`, `--page ID [--descendants]` or `--cql QUERY`. */
  source: z
    .object({ kind: z.enum(['space', 'page', 'cql']), value: z.string(), descendants: z.boolean().default(false) })
    .nullable()
    .default(null),
  formats: z.array(z.enum(['md', 'json'])).default(['md']),
  updatedAt: z.string().nullable().default(null),
  /** Keyed by page id. */
  pages: z.record(z.string(), ManifestPageSchema).default({}),
});
export type Manifest = z.infer<typeof ManifestSchema>;
