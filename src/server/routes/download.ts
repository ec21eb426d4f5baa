import type { FastifyReply } from 'fastify';

/** Sends a file as a download: its content type, `attachment` with an ASCII and a UTF-8 file name. */
export function sendDownload(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; data: Uint8Array | string },
) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .send(typeof file.data === 'string' ? file.data : Buffer.from(file.data));
}
