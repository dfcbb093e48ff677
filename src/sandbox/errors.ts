/**
 * Error answers in the shapes real servers send (reference §C, §E): v2 `{errors:[…]}`,
 * v1 and Data Center `{statusCode,data,message,reason}`, gateway-style 401 `{code,message}`,
 * and Data Center's HTML 401 page.
 */

export type ErrorStyle = 'v2' | 'v1';

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const v2Codes: Record<number, string> = {
  400: 'INVALID_REQUEST_PARAMETER',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

/** Thrown by a route handler to answer with an error in the style of its API. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly v1Prefix = '',
  ) {
    super(message);
  }
}

export function reasonPhrase(status: number): string {
  return reasons[status] ?? 'Error';
}

export function v2ErrorBody(status: number, title: string, detail: string | null = null): unknown {
  return { errors: [{ status, code: v2Codes[status] ?? 'ERROR', title, detail }] };
}

export function v1ErrorBody(status: number, message: string): unknown {
  return {
    statusCode: status,
    data: { authorized: status !== 403, valid: true, allowedInReadOnlyMode: true, errors: [], successful: false },
    message,
    reason: reasonPhrase(status),
  };
}

export function errorBody(style: ErrorStyle, error: SandboxHttpError): unknown {
  return style === 'v2' ? v2ErrorBody(error.status, error.message) : v1ErrorBody(error.status, error.v1Prefix + error.message);
}

/** Cloud and the gateway answer a missing or wrong credential like this (reference §C.2, §E). */
export function cloudUnauthorizedBody(): unknown {
  return { code: 401, message: 'Unauthorized; scope does not match' };
}

/** Data Center answers bad credentials with Tomcat's HTML page (reference §B). */
export function dcUnauthorizedPage(): string {
  return [
    '<!doctype html><html lang="en"><head><title>HTTP Status 401 – Unauthorized</title></head>',
    '<body><h1>HTTP Status 401 – Unauthorized</h1><hr class="line" />',
    '<p><b>Type</b> Status Report</p>',
    '<p><b>Message</b> Basic Authentication Failure - Reason : AUTHENTICATED_FAILED</p>',
    '<p><b>Description</b> The request has not been applied to the target resource because it lacks valid authentication credentials for that resource.</p>',
    '<hr class="line" /><h3>Apache Tomcat</h3></body></html>',
  ].join('\n');
}
