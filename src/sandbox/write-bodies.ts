import { z } from 'zod';
import { SandboxHttpError } from './errors.js';

/** The request bodies of page writes, validated as the real servers do (reference §C). */

const idLike = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);

const storageValue = z.object({ representation: z.literal('storage'), value: z.string() });
const v2Body = z.union([storageValue, z.object({ storage: storageValue })]).transform((b) => ('storage' in b ? b.storage.value : b.value));

const newPageV2 = z.object({
  spaceId: idLike,
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().min(1).max(255),
  parentId: idLike.nullish(),
  body: v2Body.optional(),
});

const pageUpdateV2 = z.object({
  id: idLike,
  status: z.enum(['current', 'draft']),
  title: z.string().min(1).max(255),
  spaceId: idLike.optional(),
  parentId: idLike.nullish(),
  body: v2Body,
  version: z.object({ number: z.number().int().positive(), message: z.string().nullish() }),
});

const v1Body = z.object({ storage: z.object({ value: z.string(), representation: z.literal('storage') }) });

const newContentV1 = z.object({
  type: z.literal('page'),
  title: z.string().min(1).max(255),
  space: z.object({ key: z.string().min(1) }),
  status: z.enum(['current', 'draft']).optional(),
  ancestors: z.array(z.object({ id: idLike })).optional(),
  body: v1Body.optional(),
});

const contentUpdateV1 = z.object({
  id: idLike.optional(),
  type: z.literal('page'),
  title: z.string().min(1).max(255),
  status: z.string().optional(),
  ancestors: z.array(z.object({ id: idLike })).optional(),
  body: v1Body.optional(),
  version: z.object({ number: z.number().int().positive(), message: z.string().nullish(), minorEdit: z.boolean().optional() }).passthrough(),
});

const labelInput = z.object({ prefix: z.string().default('global'), name: z.string().min(1) });
const labelsInputV1 = z.union([z.array(labelInput), labelInput]).transform((l) => (Array.isArray(l) ? l : [l]));

function parse<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : '(body)';
    throw new SandboxHttpError(400, `Invalid ${what}: field '${field}': ${issue?.message ?? 'invalid'}`, 'com.atlassian.confluence.api.service.exceptions.BadRequestException: ');
  }
  return result.data;
}

export function readNewPageV2(body: unknown) {
  const input = parse(newPageV2, body, 'page create request');
  return { spaceId: input.spaceId, title: input.title, parentId: input.parentId ?? undefined, body: input.body ?? '' };
}

export function readPageUpdateV2(body: unknown, id: string) {
  const input = parse(pageUpdateV2, body, 'page update request');
  if (input.id !== id) throw new SandboxHttpError(400, `The id in the body (${input.id}) differs from the id in the path (${id})`);
  return {
    status: input.status,
    title: input.title,
    body: input.body,
    version: input.version.number,
    message: input.version.message ?? '',
    parentId: input.parentId,
  };
}

export function readNewContentV1(body: unknown) {
  const input = parse(newContentV1, body, 'content create request');
  return {
    title: input.title,
    spaceKey: input.space.key,
    parentId: input.ancestors?.[input.ancestors.length - 1]?.id,
    body: input.body?.storage.value ?? '',
  };
}

export function readContentUpdateV1(body: unknown) {
  const input = parse(contentUpdateV1, body, 'content update request');
  return {
    title: input.title,
    status: input.status,
    parentId: input.ancestors?.[input.ancestors.length - 1]?.id,
    body: input.body?.storage.value,
    version: input.version.number,
    message: input.version.message ?? '',
    minorEdit: input.version.minorEdit ?? false,
  };
}

export function readLabelsV1(body: unknown) {
  return parse(labelsInputV1, body, 'labels request');
}
