// Errors the HTTP layer produces before any route runs — node's parser (malformed request lines, non-ASCII bytes, a
// header section over 16 KB), fastify's router (undecodable percent escapes, over-long path parameters), CONNECT —
// answered in Twilio's shape like every other error (D-EMU-HTTP-1). When the socket closes after the answer (always
// after a parser error: the byte stream cannot be resynchronised) the answer says `Connection: close`, and the socket is
// ended gracefully (FIN after the answer, unread input drained) rather than reset, so a keep-alive client reads the
// answer and does not send its next request into a closing socket.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { pathOf } from './scope.ts';
import { type TwilioApiError, twilioError } from './twilio-errors.ts';

/** How long a socket we answered and ended may linger while the client reads the answer and closes its side. */
const LINGER_MS = 5_000;

const answered = new WeakSet<Duplex>();

/** A complete HTTP/1.1 response carrying `error`'s Twilio body, announcing that the connection closes. */
export function rawErrorResponse(error: TwilioApiError): string {
  const body = JSON.stringify(error.toBody());
  return (
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/** Answer `error` on a raw socket and close it gracefully: FIN after the answer, destroyed after a bounded linger. */
export function answerAndClose(socket: Duplex, error: TwilioApiError): void {
  if (answered.has(socket)) return;
  answered.add(socket);
  // Node's own rule: answer unless a response of this socket has already started (the bytes would interleave). A
  // request whose body broke the parser has a response object that has sent nothing yet: the answer goes first.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) socket.end(rawErrorResponse(error));
  else socket.end();
  // Keep reading (and discarding) what the client still sends: closing with unread input makes the kernel send a reset,
  // which can overtake the answer.
  socket.on('data', () => {});
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** The Twilio error for a parser failure of node's HTTP server (`clientError`). */
export function clientErrorOf(code: string | undefined): TwilioApiError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      // Node's 16 KB limit on the request line plus headers: the request is too large (20413).
      return twilioError('REQUEST_TOO_LARGE');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return twilioError('INVALID_PARAMETER', { param: 'request', detail: 'the request did not arrive in time' });
    default:
      return twilioError('INVALID_PARAMETER', { param: 'request', detail: 'malformed HTTP request' });
  }
}

/** fastify's `clientErrorHandler`: answer in Twilio's shape with `Connection: close`, then close the socket. */
export function handleClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  answerAndClose(socket, clientErrorOf(error.code));
}

/** fastify's `frameworkErrors`: a path that cannot be decoded, or a path parameter over `maxParamLength`. */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const twilio =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? twilioError('NOT_FOUND', { path: pathOf(request) })
      : twilioError('INVALID_PARAMETER', { param: 'URL', detail: 'the path is not valid percent-encoding' });
  // The router answers before node's parser has read the body. A request announcing one (chunked, or a Content-Length)
  // gets an answer that says the connection closes, and it does: a body that then breaks the parser would otherwise
  // close the socket after an answer that promised keep-alive (found by fuzz.test.ts). Without a body the connection
  // stays usable.
  const { 'transfer-encoding': chunked, 'content-length': length } = request.headers;
  if (chunked !== undefined || Number(length ?? 0) > 0) reply.header('connection', 'close');
  reply.code(twilio.status).type('application/json; charset=utf-8').send(twilio.toBody());
}
