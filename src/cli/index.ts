/**
 * `npm run cli -- <command>`: operator tasks without the back office.
 *
 *   api-client create --gemeente <slug> --client-id <id> [--secret <secret>] --scopes <a,b,…> [--label <text>]
 *   api-client list --gemeente <slug>
 *   api-client revoke --gemeente <slug> --client-id <id>
 *   zgw-client create --gemeente <slug> --client-id <id> --secret <secret> (--alle-rechten | --autorisaties <json-bestand of json>) [--label <text>]
 *   zgw-client list --gemeente <slug>
 *   zgw-test-clients [--gemeente <slug>]
 *
 * Works on DATABASE_URL or the PGlite folder (stop `npm start` first: PGlite allows one process).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isPermission, PERMISSIONS, type Actor, type Permission } from '../platform/auth/access.js';
import { ApiClients } from '../platform/auth/api-clients.js';
import { loadConfig } from '../platform/config/config.js';
import { Sealer } from '../platform/crypto/sealer.js';
import { openDatabase } from '../platform/db/database.js';
import { HttpError } from '../platform/http/problem.js';
import { allMigrations } from '../platform/migrations.js';
import { TenantRegistry } from '../platform/tenancy/tenants.js';
import { modules } from '../modules/index.js';
import { zgwApplicaties } from '../platform/auth/zgw.js';
import type { Tenant } from '../platform/tenancy/tenants.js';
import { checkAutorisatiesSpec, readAutorisaties } from '../modules/zgw/autorisaties/service.js';
import { provisionZgwClient, zgwTestClients } from '../modules/zgw/core/clients.js';
import { ZgwError } from '../modules/zgw/core/errors.js';
import { Fields } from '../modules/zgw/core/fields.js';
import { canonicalApiRoot } from '../modules/zgw/core/urls.js';

const USAGE = `Gebruik:
  npm run cli -- api-client create --gemeente <slug> --client-id <id> [--secret <geheim>] --scopes <a,b,…> [--label <omschrijving>]
  npm run cli -- api-client list --gemeente <slug>
  npm run cli -- api-client revoke --gemeente <slug> --client-id <id>
  npm run cli -- zgw-client create --gemeente <slug> --client-id <id> --secret <geheim> (--alle-rechten | --autorisaties <json-bestand of json>) [--label <omschrijving>]
  npm run cli -- zgw-client list --gemeente <slug>
  npm run cli -- zgw-test-clients [--gemeente <slug>]
Scopes: ${PERMISSIONS.join(', ')}
Autorisaties (ZGW): een JSON-lijst zoals in de Autorisaties API, bijvoorbeeld
  [{"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": "https://…/catalogi/api/v1/zaaktypen/<uuid>", "maxVertrouwelijkheidaanduiding": "openbaar"}]`;

export async function runCli(argv: string[], out: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: {
      gemeente: { type: 'string' }, 'client-id': { type: 'string' }, secret: { type: 'string' }, scopes: { type: 'string' }, label: { type: 'string' },
      'alle-rechten': { type: 'boolean' }, autorisaties: { type: 'string' },
    },
  });
  const [subject, command] = positionals;
  if (subject === 'zgw-client' || subject === 'zgw-test-clients') return runZgwCli(subject, command, values, out, env);
  if (subject !== 'api-client' || !['create', 'list', 'revoke'].includes(command ?? '') || !values.gemeente) {
    out(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrations: allMigrations(modules) });
  try {
    const tenant = await new TenantRegistry(database).bySlug(values.gemeente);
    if (!tenant) {
      out(`Er is geen gemeente "${values.gemeente}".`);
      return 1;
    }
    const clients = new ApiClients(database, new Sealer(config.dataEncryptionKey), config.apiTokens);
    const operator: Actor = { kind: 'system', process: 'beheer-cli' };
    if (command === 'list') {
      for (const c of await clients.list(tenant.id, operator)) out(`${c.clientId}\t${c.revokedAt ? 'ingetrokken' : 'actief'}\t${c.scopes.join(',')}\t${c.label}`);
      return 0;
    }
    const clientId = values['client-id'] ?? '';
    if (command === 'revoke') {
      const found = (await clients.list(tenant.id, operator)).find((c) => c.clientId === clientId && !c.revokedAt);
      if (!found) {
        out(`Er is geen actieve API-client "${clientId}" in ${tenant.name}.`);
        return 1;
      }
      await clients.revoke(tenant.id, operator, found.id);
      out(`API-client ${clientId} is ingetrokken.`);
      return 0;
    }
    const scopes = (values.scopes ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = scopes.filter((s) => !isPermission(s));
    if (!scopes.length || unknown.length) {
      out(`Geef --scopes met een of meer van: ${PERMISSIONS.join(', ')}${unknown.length ? ` (onbekend: ${unknown.join(', ')})` : ''}`);
      return 2;
    }
    const { client, secret } = await clients.create(tenant.id, operator, { clientId, label: values.label ?? clientId, scopes: scopes as Permission[], secret: values.secret });
    out(`API-client aangemaakt in ${tenant.name}.\nclient_id: ${client.clientId}\nsecret:    ${secret}\nscopes:    ${client.scopes.join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof HttpError) {
      out([error.message, ...error.invalidParams.map((p) => `- ${p.name}: ${p.reason}`)].join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

interface ZgwCliValues {
  gemeente?: string | undefined;
  'client-id'?: string | undefined;
  secret?: string | undefined;
  label?: string | undefined;
  'alle-rechten'?: boolean | undefined;
  autorisaties?: string | undefined;
}

/** The ZGW clients: credentials (JWT secret) and application with autorisaties in one go. */
async function runZgwCli(subject: 'zgw-client' | 'zgw-test-clients', command: string | undefined, values: ZgwCliValues, out: (line: string) => void, env: Record<string, string | undefined>): Promise<number> {
  const creating = subject === 'zgw-client' && command === 'create';
  if (subject === 'zgw-client' && (!['create', 'list'].includes(command ?? '') || !values.gemeente)) {
    out(USAGE);
    return 2;
  }
  if (subject === 'zgw-test-clients' && command !== undefined) {
    out(USAGE);
    return 2;
  }
  if (creating && (!values['client-id'] || !values.secret || (!values['alle-rechten'] === !values.autorisaties))) {
    out('Geef --client-id, --secret en óf --alle-rechten óf --autorisaties op.');
    return 2;
  }
  const config = loadConfig(env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrations: allMigrations(modules) });
  try {
    const registry = new TenantRegistry(database);
    const tenants = values.gemeente ? [await registry.bySlug(values.gemeente)].filter((t): t is Tenant => t !== undefined) : await registry.list();
    if (!tenants.length) {
      out(values.gemeente ? `Er is geen gemeente "${values.gemeente}".` : 'Er zijn nog geen gemeenten.');
      return 1;
    }
    const deps = { database, apiClients: new ApiClients(database, new Sealer(config.dataEncryptionKey), config.apiTokens) };
    const operator: Actor = { kind: 'system', process: 'beheer-cli' };
    if (subject === 'zgw-test-clients') {
      for (const tenant of tenants) {
        const inputs = await database.withTenant(tenant.id, (tx) => zgwTestClients(tx, canonicalApiRoot(config, tenant.slug, 'catalogi')));
        for (const input of inputs) {
          const applicatie = await provisionZgwClient(deps, tenant.id, operator, input);
          out(`${tenant.slug}\t${input.clientId}\t${rights(applicatie)}`);
        }
      }
      return 0;
    }
    const tenant = tenants[0]!;
    if (command === 'list') {
      const credentials = new Map((await deps.apiClients.list(tenant.id, operator)).map((c) => [c.clientId, c]));
      const { results } = await database.withTenant(tenant.id, (tx) => zgwApplicaties.list(tx, { limit: 10_000 }));
      for (const a of results) {
        const state = a.clientIds.map((id) => (credentials.get(id) && !credentials.get(id)!.revokedAt ? id : `${id} (geen geheim)`)).join(',');
        out(`${state}\t${rights(a)}\t${a.label}`);
      }
      return 0;
    }
    const clientId = values['client-id']!;
    let autorisaties: ReturnType<typeof readAutorisaties> = [];
    if (values.autorisaties) {
      const text = existsSync(values.autorisaties) ? readFileSync(values.autorisaties, 'utf8') : values.autorisaties;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        out('--autorisaties is geen geldige JSON (en geen bestand dat bestaat).');
        return 2;
      }
      const f = new Fields({ autorisaties: parsed }, tenant.slug);
      autorisaties = readAutorisaties(f);
      const problem = checkAutorisatiesSpec(false, autorisaties ?? []);
      if (problem) f.add(problem.name, problem.code, problem.reason);
      f.done();
    }
    const applicatie = await provisionZgwClient(deps, tenant.id, operator, {
      clientId, secret: values.secret!, label: values.label ?? clientId, heeftAlleAutorisaties: values['alle-rechten'] === true, autorisaties: autorisaties ?? [],
    });
    out(`ZGW-client aangemaakt in ${tenant.name}.\nclient_id: ${clientId}\nsecret:    ${values.secret}\nrechten:   ${rights(applicatie)}`);
    return 0;
  } catch (error) {
    if (error instanceof ZgwError || error instanceof HttpError) {
      const params = error instanceof ZgwError ? error.invalidParams : error.invalidParams;
      out([error.message, ...params.map((p) => `- ${p.name}: ${p.reason} (${p.code})`)].join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** The rights of an application in one line. */
function rights(a: { heeftAlleAutorisaties: boolean; autorisaties: { component: string; scopes: string[]; typeId?: string | null | undefined; maxVertrouwelijkheidaanduiding?: string | undefined }[] }): string {
  if (a.heeftAlleAutorisaties) return 'alle rechten';
  return a.autorisaties.map((z) => `${z.component}: ${z.scopes.join(',')}${z.typeId ? ` (type ${z.typeId}${z.maxVertrouwelijkheidaanduiding ? `, tot ${z.maxVertrouwelijkheidaanduiding}` : ''})` : ''}`).join('; ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  });
}
