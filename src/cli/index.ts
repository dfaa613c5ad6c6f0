/**
 * `npm run cli -- <command>`: operator tasks without the back office.
 *
 *   api-client create --gemeente <slug> --client-id <id> [--secret <secret>] --scopes <a,b,…> [--label <text>]
 *   api-client list --gemeente <slug>
 *   api-client revoke --gemeente <slug> --client-id <id>
 *
 * Works on DATABASE_URL or the PGlite folder (stop `npm start` first: PGlite allows one process).
 */
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

const USAGE = `Gebruik:
  npm run cli -- api-client create --gemeente <slug> --client-id <id> [--secret <geheim>] --scopes <a,b,…> [--label <omschrijving>]
  npm run cli -- api-client list --gemeente <slug>
  npm run cli -- api-client revoke --gemeente <slug> --client-id <id>
Scopes: ${PERMISSIONS.join(', ')}`;

export async function runCli(argv: string[], out: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { gemeente: { type: 'string' }, 'client-id': { type: 'string' }, secret: { type: 'string' }, scopes: { type: 'string' }, label: { type: 'string' } },
  });
  const [subject, command] = positionals;
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

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  });
}
