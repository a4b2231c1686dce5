// Conversations Media resource (ME…) of the Media Content Service: upload and fetch (004:L5884-6023, L22761-22776).
// Twilio serves it on its own host, https://mcs.us1.twilio.com/v1 (004:L5937; D-MED-1); the emulator serves the same
// paths on its one listener, so clients point their media base URL at the emulator (D-EMU-MED-1). There is no
// default-service form: the service SID is always in the path (004:L5989-5990).
//  - upload: the body is the file itself, the Content-Type header its MIME type (004:L5996-6003); any Content-Type is
//    accepted, including the urlencoded one curl sends by default with `--data-binary` (004:L22770).
//  - an upload not attached to a message within five minutes is garbage-collected (004:L22776).
//  - `GET …/Media/{Sid}/Content` returns the bytes (the `links.content` of a captured MCS response; D-MED-4).
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { type EmulatorContext, MOUNTS } from '../context.ts';
import { isoDate } from '../dates.ts';
import { param, pathOf, queryParam, resolveScope, type Scope, scopeUrl } from '../scope.ts';
import { newSid } from '../sid.ts';
import { MEDIA_ATTACH_WINDOW_MS, MEDIA_MAX_BYTES } from '../store/messages.ts';
import type { Media, ServiceState } from '../store/types.ts';
import { twilioError } from '../twilio-errors.ts';
import type { AccountResource } from './resource.ts';

/** The service-scoped mount: the only form MCS has. */
const SERVICE_MOUNT = MOUNTS.find((mount) => mount.serviceScoped) ?? {
  prefix: '/v1/Services/:ChatServiceSid',
  serviceScoped: true,
};

/** Temporary content URLs "expire after 300 seconds" (004:L22547). */
export const MEDIA_TEMPORARY_URL_TTL_S = 300;

/** The content type of an upload without one: bytes of unknown type. */
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/**
 * Read an upload into a Buffer, refusing more than 150 MB (50512, 004:L22402) before or while reading. Content-Size, if
 * sent, must be a byte count (004:L5999-6000) within the same limit.
 */
export function readUpload(request: FastifyRequest, payload: IncomingMessage): Promise<Buffer> {
  const declared = [request.headers['content-length'], request.headers['content-size']];
  for (const value of declared) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? (value[0] ?? '') : value;
    if (!/^\d{1,15}$/.test(text)) {
      return Promise.reject(twilioError('INVALID_PARAMETER', { param: 'Content-Size', detail: 'not a byte count' }));
    }
    if (Number(text) > MEDIA_MAX_BYTES) return Promise.reject(twilioError('MEDIA_TOO_LARGE'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = (): void => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > MEDIA_MAX_BYTES) {
        stop();
        payload.resume();
        reject(twilioError('MEDIA_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks, total));
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
}

/**
 * The file name: `Content-Disposition: …; filename="x"` (or `filename*=UTF-8''x`), else a `Filename` query parameter;
 * null when neither is sent (D-MED-2).
 */
export function uploadFilename(request: FastifyRequest): string | null {
  const disposition = request.headers['content-disposition'];
  if (typeof disposition === 'string') {
    const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
    if (extended?.[1]) {
      try {
        return decodeURIComponent(extended[1].trim());
      } catch {
        // fall through to the plain form
      }
    }
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(disposition);
    const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
    if (name) return name;
  }
  const query = queryParam(request, 'Filename') ?? queryParam(request, 'FileName') ?? queryParam(request, 'filename');
  return query === undefined || query === '' ? null : query;
}

/** Wire view of a media record (004:L5954-5985; D-MED-2..4): absolute URLs to the emulator. */
export function renderMedia(media: Media, scope: Scope, now: Date): Record<string, unknown> {
  const url = scopeUrl(scope, `/Media/${media.sid}`);
  const expires = Math.floor(now.getTime() / 1000) + MEDIA_TEMPORARY_URL_TTL_S;
  return {
    sid: media.sid,
    account_sid: media.accountSid,
    service_sid: media.chatServiceSid,
    date_created: isoDate(media.dateCreated),
    date_updated: isoDate(media.dateUpdated),
    channel_sid: media.conversationSid,
    message_sid: media.messageSid,
    size: media.size,
    content_type: media.contentType,
    filename: media.filename,
    author: media.author,
    url,
    links: { content: `${url}/Content`, content_direct_temporary: `${url}/Content?Expires=${expires}` },
  };
}

function mediaOr404(request: FastifyRequest, service: ServiceState): Media {
  const media = service.media.get(param(request, 'Sid'));
  if (!media) throw twilioError('NOT_FOUND', { path: pathOf(request) });
  return media;
}

/** Collect `media` if no message has taken it when the attach window ends (004:L22776; also after a restore). */
export function scheduleMediaCollection(ctx: EmulatorContext, service: ServiceState, media: Media): void {
  media.gcTimer = ctx.clock.schedule(new Date(media.dateCreated.getTime() + MEDIA_ATTACH_WINDOW_MS), () => {
    media.gcTimer = null;
    if (media.messageSid === null && service.media.get(media.sid) === media) service.media.delete(media.sid);
  });
}

/** Routes of the Media resource (MCS). */
export const mediaResource: AccountResource = {
  name: 'Media',
  register(routes, ctx) {
    const collection = `${SERVICE_MOUNT.prefix}/Media`;
    const instance = `${collection}/:Sid`;

    routes.post(
      collection,
      (request, reply) => {
        const scope = resolveScope(request, SERVICE_MOUNT);
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const rawType = request.headers['content-type'];
        const now = ctx.clock.now();
        const media: Media = {
          sid: newSid('ME'),
          accountSid: scope.account.sid,
          chatServiceSid: scope.service.sid,
          seq: ctx.store.nextSeq(),
          contentType: rawType === undefined || rawType.trim() === '' ? DEFAULT_CONTENT_TYPE : rawType.trim(),
          filename: uploadFilename(request),
          size: content.length,
          content,
          // "automatically set to sender when using the REST API" (004:L5980); a captured response shows "system".
          author: 'system',
          dateCreated: now,
          dateUpdated: now,
          conversationSid: null,
          messageSid: null,
          gcTimer: null,
        };
        scope.service.media.set(media.sid, media);
        scheduleMediaCollection(ctx, scope.service, media);
        reply.code(201);
        return renderMedia(media, scope, now);
      },
      { rawBody: readUpload },
    );

    routes.get(instance, (request) => {
      const scope = resolveScope(request, SERVICE_MOUNT);
      return renderMedia(mediaOr404(request, scope.service), scope, ctx.clock.now());
    });

    routes.get(`${instance}/Content`, (request, reply) => {
      const scope = resolveScope(request, SERVICE_MOUNT);
      const media = mediaOr404(request, scope.service);
      return reply.code(200).type(media.contentType).send(media.content);
    });
  },
};
