import { RegisterError, type RegisterName } from './errors.js';

/** Where a register lives and how to reach it. */
export interface RegisterEndpoint {
  /** Base URL, or a function for a base that is only known once the server listens. */
  baseUrl: string | (() => string);
  apiKey: string;
  apiKeyHeader: string;
  timeoutMs: number;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RegisterResponse {
  status: number;
  /** The parsed JSON body; undefined when the body was empty or not JSON. */
  json: unknown;
  isJson: boolean;
}

/** Larger answers are not what these contracts return; refusing them protects the process. */
const MAX_BODY_CHARS = 5 * 1024 * 1024;

export function baseUrlOf(endpoint: RegisterEndpoint): string {
  return (typeof endpoint.baseUrl === 'function' ? endpoint.baseUrl() : endpoint.baseUrl).replace(/\/+$/, '');
}

/**
 * One HTTP call to a register. A failed connection or a timeout becomes a RegisterError; any
 * answer is returned with its JSON body (if it has one) for the client to judge. Parse errors are
 * not kept as `cause`: their text quotes the body, which may hold a BSN.
 */
export async function callRegister(register: RegisterName, endpoint: RegisterEndpoint, path: string, init: RequestInit, fetchImpl: FetchLike): Promise<RegisterResponse> {
  const url = `${baseUrlOf(endpoint)}${path}`;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, {
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string>), [endpoint.apiKeyHeader]: endpoint.apiKey },
      signal: AbortSignal.timeout(endpoint.timeoutMs),
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new RegisterError(register, 'timeout');
    const code = ((error as { cause?: { code?: string } }).cause?.code) ?? name;
    throw new RegisterError(register, 'unreachable', {}, { cause: new Error(`verbinding mislukt: ${code ?? 'onbekend'}`) });
  }
  const contentType = response.headers.get('content-type') ?? '';
  const declaredJson = /[/+]json\b/i.test(contentType);
  if (!declaredJson || !text || text.length > MAX_BODY_CHARS) return { status: response.status, json: undefined, isJson: false };
  try {
    return { status: response.status, json: JSON.parse(text), isJson: true };
  } catch {
    return { status: response.status, json: undefined, isJson: false };
  }
}
