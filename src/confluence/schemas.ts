import { z } from 'zod';

/**
 * Response shapes the client reads, lenient on fields it does not use (Confluence adds fields
 * freely) and strict on the ones it does. Ids are strings in JSON; v1 `space.id` is a number.
 */

const id = z.union([z.string(), z.number()]).transform(String);
const optionalText = z.string().nullish();

// ---- v2 ----

export const V2BodySchema = z
  .object({ storage: z.object({ value: z.string() }).partial().nullish() })
  .nullish();

export const V2PageSchema = z.object({
  id,
  title: z.string(),
  status: z.string().nullish(),
  spaceId: id.nullish(),
  parentId: id.nullish(),
  parentType: z.string().nullish(),
  version: z.object({ number: z.number().int(), message: optionalText }).nullish(),
  body: V2BodySchema,
  labels: z.object({ results: z.array(z.object({ name: z.string() })) }).nullish(),
  _links: z.object({ webui: optionalText, base: optionalText }).nullish(),
});
export type V2Page = z.infer<typeof V2PageSchema>;

export const V2LinksSchema = z.object({ next: optionalText, base: optionalText }).nullish();

export function v2List<T extends z.ZodType>(item: T) {
  return z.object({ results: z.array(item), _links: V2LinksSchema });
}

export const V2SpaceSchema = z.object({
  id,
  key: z.string(),
  name: z.string().nullish(),
  homepageId: id.nullish(),
});

export const V2LabelSchema = z.object({ id: id.nullish(), name: z.string(), prefix: z.string().nullish() });

export const V2AttachmentSchema = z.object({
  id,
  title: z.string(),
  mediaType: z.string().nullish(),
  fileSize: z.number().nullish(),
  version: z.object({ number: z.number().int() }).nullish(),
  downloadLink: optionalText,
  _links: z.object({ download: optionalText }).nullish(),
});

// ---- v1 (Cloud and Data Center) ----

export const V1ContentSchema = z.object({
  id,
  type: z.string().nullish(),
  title: z.string(),
  status: z.string().nullish(),
  space: z.object({ key: z.string(), id: id.nullish() }).nullish(),
  version: z.object({ number: z.number().int() }).nullish(),
  ancestors: z.array(z.object({ id })).nullish(),
  body: z.object({ storage: z.object({ value: z.string() }).nullish() }).nullish(),
  metadata: z
    .object({ labels: z.object({ results: z.array(z.object({ name: z.string() })) }).nullish() })
    .nullish(),
  _links: z.object({ webui: optionalText, base: optionalText }).nullish(),
});
export type V1Content = z.infer<typeof V1ContentSchema>;

export const V1LinksSchema = z
  .object({ next: optionalText, base: optionalText, context: optionalText })
  .nullish();

export function v1List<T extends z.ZodType>(item: T) {
  return z.object({
    results: z.array(item),
    start: z.number().nullish(),
    limit: z.number().nullish(),
    size: z.number().nullish(),
    _links: V1LinksSchema,
  });
}

export const V1AttachmentSchema = z.object({
  id,
  title: z.string(),
  version: z.object({ number: z.number().int() }).nullish(),
  metadata: z.object({ mediaType: z.string().nullish() }).nullish(),
  extensions: z.object({ mediaType: z.string().nullish(), fileSize: z.number().nullish() }).nullish(),
  _links: z.object({ download: optionalText }).nullish(),
});

export const V1LabelSchema = z.object({ name: z.string(), prefix: z.string().nullish(), id: id.nullish() });

export const V1SpaceSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  key: z.string(),
  name: z.string().nullish(),
  homepage: z.object({ id: z.string() }).nullish(),
});

export const V1UserSchema = z.object({
  displayName: z.string().nullish(),
  publicName: z.string().nullish(),
  username: z.string().nullish(),
  userKey: z.string().nullish(),
  accountId: z.string().nullish(),
});

/** "results.3.version.number: expected number, received string" */
export function describeZodIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `field ${path}: ${issue.message}${more}`;
}
