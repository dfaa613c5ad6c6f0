import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A file of a multipart form post. */
export interface UploadedPart {
  fieldname: string;
  filename: string;
  content: Buffer;
  /** Larger than the field allows: read only partly. */
  truncated: boolean;
}

export interface MultipartLimits {
  /** Largest single file. */
  fileBytes: number;
  /** All files of one post together. */
  requestBytes: number;
  files: number;
}

const posted = new WeakMap<FastifyRequest, { parts: UploadedPart[]; tooLarge: boolean }>();

/**
 * Lets the routes of `scope` take multipart/form-data posts as browsers send them for a form
 * with a file input: the fields become `request.body` (so the platform's CSRF check finds
 * `_csrf`), the files are read into memory within the limits and found with `uploadedFiles`.
 */
export async function acceptMultipartForms(scope: FastifyInstance, limits: MultipartLimits): Promise<void> {
  await scope.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: limits.fileBytes, files: limits.files, fields: 500, parts: 500 + limits.files, fieldSize: 100 * 1024 },
  });
  // Reads the parts before the platform's CSRF check, which needs `_csrf` in the body as a string.
  scope.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const body: Record<string, string | string[]> = {};
    const parts: UploadedPart[] = [];
    let total = 0;
    let tooLarge = false;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value !== 'string' || Object.prototype.hasOwnProperty.call(Object.prototype, part.fieldname)) continue;
        const existing = body[part.fieldname];
        body[part.fieldname] = existing === undefined ? part.value : [...(Array.isArray(existing) ? existing : [existing]), part.value];
        continue;
      }
      if (!part.filename || tooLarge) { part.file.resume(); continue; }
      const content = await part.toBuffer();
      total += content.length;
      if (total > limits.requestBytes) { tooLarge = true; continue; }
      parts.push({ fieldname: part.fieldname, filename: part.filename, content, truncated: part.file.truncated });
    }
    request.body = body;
    posted.set(request, { parts, tooLarge });
  });
}

/** The files of this multipart post (none for another kind of post). */
export function uploadedFiles(request: FastifyRequest): { parts: UploadedPart[]; tooLarge: boolean } | undefined {
  return posted.get(request);
}
