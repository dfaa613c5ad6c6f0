/**
 * The part of oidc-provider 9 (which ships no types) that the embedded test identity provider
 * uses. Kept narrow on purpose: anything not declared here is not used.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type AnyObject = Record<string, unknown>;

  export interface ClaimsRecord {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: 'id_token' | 'userinfo' | string, scope: string, claims: AnyObject, rejected: string[]): Promise<ClaimsRecord> | ClaimsRecord;
  }

  /** The token that findAccount gets: an authorization code (has acr) or an access token. */
  export interface AccountToken {
    acr?: string | undefined;
    extra?: AnyObject | undefined;
    sessionUid?: string | undefined;
  }

  export interface Session {
    uid: string;
    accountId?: string | undefined;
    acr?: string | undefined;
    amr?: string[] | undefined;
    state?: AnyObject | undefined;
    grantIdFor(clientId: string): string | undefined;
    destroy(): Promise<void>;
  }

  export interface Grant {
    jti?: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface GrantStatic {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface InteractionDetails {
    uid: string;
    exp: number;
    returnTo: string;
    params: Record<string, string | undefined>;
    prompt: { name: string; reasons: string[]; details: AnyObject };
    session?: { accountId: string; uid?: string; acr?: string } | undefined;
    result?: AnyObject | undefined;
    persist(): Promise<string>;
  }

  export interface ClientInstance {
    clientId: string;
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
  }

  export interface ClientStatic {
    prototype: ClientInstance;
    find(id: string): Promise<ClientInstance | undefined>;
  }

  export interface OIDCContext {
    params?: Record<string, string | undefined> | undefined;
    session?: Session | undefined;
    client?: ClientInstance | undefined;
    result?: { consent?: { grantId?: string } } & AnyObject | undefined;
    entities: { AuthorizationCode?: { acr?: string } } & AnyObject;
    route?: string | undefined;
    requestParamScopes: Set<string>;
    provider: Provider;
    urlFor(name: string, opts?: AnyObject): string;
  }

  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    req: IncomingMessage;
    res: ServerResponse;
    status: number;
    body: unknown;
    type: string;
    path: string;
    method: string;
    host: string;
    get(header: string): string;
    set(header: string, value: string): void;
  }

  export type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;

  export class Check {
    constructor(reason: string, description: string, check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>);
    constructor(reason: string, description: string, error: string, check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>);
    static REQUEST_PROMPT: true;
    static NO_NEED_TO_PROMPT: false;
  }

  export interface Prompt {
    name: string;
    checks: Check[];
  }

  export interface Policy extends Array<Prompt> {
    get(name: string): Prompt | undefined;
  }

  export const interactionPolicy: {
    base(): Policy;
    Check: typeof Check;
  };

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
      status: number;
    }
    class InvalidRequest extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends OIDCProviderError {}
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    [key: string]: unknown;
  }

  // The configuration object is large and loosely typed upstream; it is checked at runtime.
  export type Configuration = AnyObject;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Session: { findByUid(uid: string): Promise<Session | undefined> };
    readonly Grant: GrantStatic;
    readonly Client: ClientStatic;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: Middleware): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionResult(req: IncomingMessage, res: ServerResponse, result: AnyObject, options?: { mergeWithLastSubmission?: boolean }): Promise<string>;
  }

  export default Provider;
}
